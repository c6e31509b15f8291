using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vertebra.Guidance;
using Vertebra.Web.Localisation;

namespace Vertebra.Web.Api;

/// <summary><c>POST /api/guidance</c>: case facts in, guidance result out, its texts in the language asked for. Nothing is stored or logged.</summary>
internal static class GuidanceApi
{
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapGuidanceApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapJsonPost<object>("/api/guidance", EvaluateAsync, "EvaluateGuidance");
        return endpoints;
    }

    private static async Task<IResult> EvaluateAsync(HttpRequest request, GuidanceEngine engine, Telemetry.SiteMetrics metrics, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return Problems.BadRequest("The case facts are too large.", $"Send at most {MaxBodyBytes / 1024} KB of JSON.");
        }

        using var reader = new StreamReader(request.Body);
        var buffer = new char[MaxBodyBytes + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        if (read > MaxBodyBytes)
        {
            return Problems.BadRequest("The case facts are too large.", $"Send at most {MaxBodyBytes / 1024} KB of JSON.");
        }

        CaseFacts facts;
        try
        {
            facts = CaseFactsJson.Parse(new string(buffer, 0, read));
        }
        catch (CaseFactsException ex)
        {
            return Problems.BadRequest("The case facts are not valid.", ex.Message);
        }

        // Texts in the language asked for: lang=zh in the query, else Accept-Language (LanguageCultureProvider).
        var result = GuidanceEdition.For(engine).Evaluate(facts);
        metrics.GuidanceAnswered(result.Triage, "api");
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        request.HttpContext.Response.Headers.ContentLanguage = SiteLanguage.CurrentTag;
        request.HttpContext.Response.Headers.Vary = "Accept-Language";
        return Results.Text(GuidanceResultJson.Serialize(result), "application/json; charset=utf-8");
    }
}
