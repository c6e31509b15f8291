using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Vertebra.Indexing;
using Vertebra.Storage;

namespace Vertebra.Web.Hosting;

/// <summary>
/// ASP.NET Core health checks. <c>GET /healthz</c>: the process is up and serving (no check; a load balancer that
/// used it would keep a node whose database is gone). <c>GET /healthz/ready</c>: the database answers and the search
/// index is loaded; 503 otherwise. Load balancers and orchestrators' readiness probes use <c>/healthz/ready</c>.
/// </summary>
internal static class HealthEndpoint
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddVertebraHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<SearchIndexHealthCheck>("search-index", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapVertebraHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .DisableHttpMetrics();
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .DisableHttpMetrics();
        return endpoints;
    }

    /// <summary>{"status":"Healthy","checks":{"database":{"status":"Healthy","description":...,"data":{...}}}}; never an exception's text.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => Entry(e.Value)),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new();

    private static Dictionary<string, object?> Entry(HealthReportEntry entry)
    {
        var written = new Dictionary<string, object?> { ["status"] = entry.Status.ToString(), ["description"] = entry.Description };
        if (entry.Data.Count > 0)
        {
            written["data"] = entry.Data;
        }

        return written;
    }

    /// <summary>The content store answers a read; its counts go into the report.</summary>
    internal sealed class DatabaseHealthCheck(IContentStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
                return HealthCheckResult.Healthy("The database answers.", new Dictionary<string, object>
                {
                    ["articles"] = counts.Articles,
                    ["conditions"] = counts.Conditions,
                    ["qaPairs"] = counts.QaPairs,
                });
            }
            catch (Exception ex) when (ex is DatabaseUnavailableException or System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy("The database is not answering.");
            }
        }
    }

    /// <summary>The search index has been brought in step with the store at least once since start.</summary>
    internal sealed class SearchIndexHealthCheck(SearchIndexKeeper keeper) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(keeper.IsReady
                ? HealthCheckResult.Healthy("The search index is loaded.")
                : HealthCheckResult.Unhealthy("The search index is still being built."));
    }
}
