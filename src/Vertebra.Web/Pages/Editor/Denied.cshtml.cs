using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Vertebra.Web.Pages.Editor;

public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
