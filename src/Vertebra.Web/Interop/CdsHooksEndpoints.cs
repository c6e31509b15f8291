using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vertebra.Interop.CdsHooks;

namespace Vertebra.Web.Interop;

/// <summary>
/// CDS Hooks 2.0: <c>GET /cds-services</c> (discovery), <c>POST /cds-services/{id}</c> (cards) and
/// <c>POST /cds-services/{id}/feedback</c>. Requests and cards are neither stored nor logged.
/// </summary>
internal static class CdsHooksEndpoints
{
    public static IEndpointRouteBuilder MapCdsHooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cds-services", Discovery).WithName("CdsDiscovery");
        endpoints.MapPost("/cds-services/{id}", InvokeAsync).WithName("CdsInvoke").CacheOutput(policy => policy.NoCache());
        endpoints.MapPost("/cds-services/{id}/feedback", FeedbackAsync).WithName("CdsFeedback");
        endpoints.MapMethods("/cds-services/{**rest}", ["OPTIONS"], Preflight).WithName("CdsPreflight");
        endpoints.MapMethods("/cds-services", ["OPTIONS"], Preflight).WithName("CdsDiscoveryPreflight");
        return endpoints;
    }

    private static IResult Discovery(HttpResponse response, CdsHooksService service)
    {
        InteropRequests.AllowCrossOrigin(response);
        return Results.Text(service.DiscoveryJson(), CdsAnswer.Json200, Encoding.UTF8);
    }

    private static async Task<IResult> InvokeAsync(string id, HttpRequest request, CdsHooksService service, InteropCatalogueSource catalogue, CancellationToken cancellationToken)
    {
        InteropRequests.AllowCrossOrigin(request.HttpContext.Response);
        var body = await InteropRequests.ReadBodyAsync(request, CdsHooksService.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Results.Text(
                $$"""{"type":"about:blank","title":"The CDS Hooks request is too large.","status":413,"detail":"Send at most {{CdsHooksService.MaxBodyBytes / (1024 * 1024)}} MB."}""",
                CdsAnswer.Problem, Encoding.UTF8, StatusCodes.Status413PayloadTooLarge);
        }

        var answer = service.Invoke(id, body, await catalogue.GetAsync(cancellationToken).ConfigureAwait(false), InteropRequests.BaseUrl(request));
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.Text(answer.Json, answer.ContentType, Encoding.UTF8, answer.Status);
    }

    private static async Task<IResult> FeedbackAsync(string id, HttpRequest request, CdsHooksService service, CancellationToken cancellationToken)
    {
        InteropRequests.AllowCrossOrigin(request.HttpContext.Response);
        var body = await InteropRequests.ReadBodyAsync(request, 64 * 1024, cancellationToken).ConfigureAwait(false) ?? [];
        var answer = service.Feedback(id, body);
        return Results.Text(answer.Json, answer.ContentType, Encoding.UTF8, answer.Status);
    }

    private static IResult Preflight(HttpResponse response)
    {
        InteropRequests.AllowCrossOrigin(response);
        return Results.NoContent();
    }
}
