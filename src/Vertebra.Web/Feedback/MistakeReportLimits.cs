using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Feedback;

/// <summary>
/// How often readers may send mistake reports: a few per address in a window, and a cap for the whole site, so a
/// script cannot flood the editors' dashboard. The address is used in memory only, to count, and never stored.
/// Reading the form is never limited.
/// </summary>
internal static class MistakeReportLimits
{
    public const string Policy = "mistake-reports";

    public static void Configure(RateLimiterOptions limiter, VertebraWebOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(Policy, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("read");
            }

            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.MistakeReportsPerAddress,
                Window = options.MistakeReportWindow,
                QueueLimit = 0,
            });
        });
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/articles") && context.Request.Path.Value!.EndsWith("/report", StringComparison.Ordinal)
                ? RateLimitPartition.GetFixedWindowLimiter("all-reports", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.MistakeReportsPerSite,
                    Window = options.MistakeReportWindow,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("other"));
    }
}
