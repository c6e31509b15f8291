using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Vertebra.Content.Import;

namespace Vertebra.Web.Telemetry;

/// <summary>
/// OpenTelemetry: ASP.NET Core, .NET runtime and Npgsql metrics and traces, plus Vertebra's own meters
/// (<see cref="SiteMetrics"/>, <see cref="ImportMetrics"/>). Metrics are scraped at <c>/metrics</c> (Prometheus text);
/// metrics and traces also go over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. No request's query string,
/// body or header value is put on a trace: people's questions travel in query strings.
/// </summary>
internal static class Telemetry
{
    public const string MetricsPath = "/metrics";

    public const string OtlpVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddVertebraTelemetry(this IServiceCollection services, bool otlp)
    {
        services.AddSingleton<SiteMetrics>();
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("vertebra", serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(SiteMetrics.MeterName, ImportMetrics.MeterName)
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !IsHousekeeping(context.Request.Path);
                    options.EnrichWithHttpRequest = (activity, _) => RemoveQuery(activity);
                    options.EnrichWithHttpResponse = (activity, _) => RemoveQuery(activity);
                })
                .AddNpgsql());
        if (otlp)
        {
            builder.UseOtlpExporter();
        }

        return services;
    }

    public static WebApplication MapVertebraMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).DisableHttpMetrics();
        return app;
    }

    /// <summary>Times the ask page and /api/ask from the outside, so the question code stays as it is.</summary>
    public static WebApplication UseQuestionTiming(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var channel = context.Request.Path.Equals("/api/ask", StringComparison.OrdinalIgnoreCase) ? "api"
                : context.Request.Path.Equals("/ask", StringComparison.OrdinalIgnoreCase) && context.Request.Query.ContainsKey("q") ? "page"
                : null;
            if (channel is null)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var start = Stopwatch.GetTimestamp();
            await next(context).ConfigureAwait(false);
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.RequestServices.GetRequiredService<SiteMetrics>().QuestionAnswered(Stopwatch.GetElapsedTime(start), channel);
            }
        });
        return app;
    }

    private static bool IsHousekeeping(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);

    private static void RemoveQuery(Activity activity)
    {
        activity.SetTag("url.query", null);
        if (activity.GetTagItem("url.full") is string full && full.Contains('?', StringComparison.Ordinal))
        {
            activity.SetTag("url.full", full[..full.IndexOf('?', StringComparison.Ordinal)]);
        }
    }
}
