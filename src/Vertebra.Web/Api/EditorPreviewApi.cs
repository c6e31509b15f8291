using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vertebra.Content;
using Vertebra.Content.Rendering;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;
using Vertebra.Web.Auth;

using Vertebra.Web.Presentation;

namespace Vertebra.Web.Api;

/// <summary><c>POST /editor/preview</c>: the live preview and reading grade while an editor types (signed-in, anti-forgery checked).</summary>
internal static class EditorPreviewApi
{
    public const int MaxBodyChars = MarkdownLimits.MaxChars;

    /// <summary>The largest request read at all: the text URL-encoded (up to 3 bytes a character becomes up to 9) and the token.</summary>
    public const long MaxRequestBytes = 2L * 1024 * 1024;

    public static IEndpointRouteBuilder MapEditorPreview(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/editor/preview", PreviewAsync)
            .RequireAuthorization(EditorPolicies.Write)
            .DisableAntiforgery()
            .CacheOutput(policy => policy.NoCache())
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> PreviewAsync(HttpContext context, IAntiforgery antiforgery, ArticleHtmlRenderer renderer, WarningSignMarkdown warningSigns)
    {
        // A body larger than any allowed text is refused before it is read (the anti-forgery check reads the form).
        if (!BodyLimit.Apply(context, MaxRequestBytes))
        {
            return TooLarge();
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest();
        }
        catch (InvalidDataException)
        {
            return TooLarge(); // a form value over the framework's own limit
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var body = form["body"].ToString();
        if (MarkdownLimits.Check(body) is { } problem)
        {
            // Checked in one pass before any parsing: too long is 413, too deeply nested is 400, each with the reason.
            return Results.Problem(title: "The preview cannot show this text.", detail: problem,
                statusCode: body.Length > MaxBodyChars ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        var grade = Readability.OfMarkdown(body);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new { html = renderer.Render(warningSigns.Expand(body)), grade = grade.Grade, target = Readability.TargetGrade });
    }

    private static IResult TooLarge() => Results.Problem(title: "The preview cannot show this text.",
        detail: $"The text is too long. The most the preview shows is {MaxBodyChars:N0} characters.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
