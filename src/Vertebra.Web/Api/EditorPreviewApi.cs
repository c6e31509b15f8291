using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vertebra.Content;
using Vertebra.Content.Rendering;
using Vertebra.Web.Auth;

using Vertebra.Web.Presentation;

namespace Vertebra.Web.Api;

/// <summary><c>POST /editor/preview</c>: the live preview and reading grade while an editor types (signed-in, anti-forgery checked).</summary>
internal static class EditorPreviewApi
{
    public const int MaxBodyChars = 200_000;

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
        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var body = form["body"].ToString();
        if (body.Length > MaxBodyChars)
        {
            return Results.BadRequest();
        }

        var grade = Readability.OfMarkdown(body);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new { html = renderer.Render(warningSigns.Expand(body)), grade = grade.Grade, target = Readability.TargetGrade });
    }
}
