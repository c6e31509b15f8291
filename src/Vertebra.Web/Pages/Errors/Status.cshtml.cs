using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Vertebra.Web.Pages.Errors;

/// <summary>Friendly 404 and 500 pages that reveal nothing about the server.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorStatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        Response.StatusCode = original is null && code is < 400 or > 599 ? 404 : code;
        (Heading, Message) = Response.StatusCode switch
        {
            404 => ("Page not found", "We could not find that page. It may have moved, or the address may be mistyped."),
            429 => ("Please wait a little", "We have had several messages from you in a short time. Please try again in a few minutes."),
            400 => ("We could not read that request", "Something in the request was not in a form we understand. Please try again."),
            >= 500 => ("Something went wrong", "Sorry, something went wrong on our side. Please try again in a few minutes."),
            _ => ("We could not show that page", "Please go back and try again."),
        };
    }
}
