using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vertebra.Web.Auth;

namespace Vertebra.Web.Pages.Editor;

public sealed class LoginModel(SignInService signIn) : PageModel
{
    public string? Problem { get; private set; }
    public string UserName { get; private set; } = "";
    public string ReturnUrl { get; private set; } = "/editor";

    public void OnGet([FromQuery] string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        UserName = userName ?? "";
        ReturnUrl = SafeReturn(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            Problem = "Enter your user name and password.";
            return Page();
        }

        var (principal, problem) = await signIn.SignInAsync(userName, password, cancellationToken);
        if (principal is null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(ReturnUrl);
    }

    private static string SafeReturn(string? url) =>
        url is { Length: > 1 } && url.StartsWith("/editor", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/editor";
}
