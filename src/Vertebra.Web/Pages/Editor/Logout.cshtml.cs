using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Pages.Editor;

public sealed class LogoutModel(IEditorialStore store) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends this sign-in everywhere, including any copy of the cookie.
        if (User.Identity?.Name is { } userName)
        {
            var user = await store.FindUserAsync(userName, HttpContext.RequestAborted);
            if (user is not null)
            {
                await store.UpdateUserAsync(user.UserName, null, null, EditorUser.NewSecurityStamp(), HttpContext.RequestAborted);
            }
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/");
    }
}
