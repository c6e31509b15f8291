using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Auth;

/// <summary>
/// Every request with a sign-in cookie is checked against the user's current record: a removed user, another role or a
/// new security stamp (logout, role change, new password) ends the sign-in, so a copied cookie stops working.
/// </summary>
internal static class SecurityStampCheck
{
    public const string StampClaim = "vertebra:security_stamp";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var store = context.HttpContext.RequestServices.GetRequiredService<IEditorialStore>();
        var user = long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await store.FindUserByIdAsync(id, context.HttpContext.RequestAborted).ConfigureAwait(false)
            : null;
        if (user is null
            || !string.Equals(principal!.FindFirstValue(StampClaim), user.SecurityStamp, StringComparison.Ordinal)
            || !principal!.IsInRole(user.Role.ToString()))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }
}
