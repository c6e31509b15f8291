using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Vertebra.Editorial;

namespace Vertebra.Web.Auth;

/// <summary>Signs an editor in: the check is <see cref="EditorSignIn"/>'s; this turns the user into the cookie's principal.</summary>
public sealed class SignInService(EditorSignIn check)
{
    /// <summary>The signed-in principal, or a message that does not reveal whether the user exists.</summary>
    public async Task<(ClaimsPrincipal? Principal, string? Problem)> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var (user, problem) = await check.CheckAsync(userName, password, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return (null, problem);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(ClaimTypes.Role, user.Role.ToString()),
                new Claim(EditorPolicies.DisplayNameClaim, user.DisplayName),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return (new ClaimsPrincipal(identity), null);
    }
}
