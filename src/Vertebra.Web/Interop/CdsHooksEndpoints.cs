using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Vertebra.Interop.CdsHooks;

namespace Vertebra.Web.Interop;

/// <summary>
/// CDS Hooks 2.0: <c>GET /cds-services</c> (discovery), <c>POST /cds-services/{id}</c> (cards) and
/// <c>POST /cds-services/{id}/feedback</c>. Requests and cards are neither stored nor logged.
/// </summary>
internal static partial class CdsHooksEndpoints
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

    private static async Task<IResult> InvokeAsync(string id, HttpRequest request, CdsHooksService service, InteropCatalogueSource catalogue, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        InteropRequests.AllowCrossOrigin(request.HttpContext.Response);
        var body = await InteropRequests.ReadBodyAsync(request, CdsHooksService.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Results.Text(
                $$"""{"type":"about:blank","title":"The CDS Hooks request is too large.","status":413,"detail":"Send at most {{CdsHooksService.MaxBodyBytes / (1024 * 1024)}} MB."}""",
                CdsAnswer.Problem, Encoding.UTF8, StatusCodes.Status413PayloadTooLarge);
        }

        var answer = await service.InvokeAsync(id, body, await catalogue.GetAsync(cancellationToken).ConfigureAwait(false), InteropRequests.BaseUrl(request), cancellationToken)
            .ConfigureAwait(false);
        if (answer.Warnings.Count > 0)
        {
            // Element paths and SDK codes only: never a value from the record.
            Log.LenientRequest(loggers.CreateLogger("Vertebra.Web.Interop.CdsHooks"), id, answer.Status, string.Join("; ", answer.Warnings));
        }

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

    private static partial class Log
    {
        [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "CDS service {ServiceId} answered {Status} to a request that does not follow the specification: {Problems}")]
        public static partial void LenientRequest(ILogger logger, string serviceId, int status, string problems);
    }
}
