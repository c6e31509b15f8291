using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Vertebra.Storage;

namespace Vertebra.Web.Hosting;

/// <summary>
/// When the database does not answer, say so plainly with 503 and a Retry-After, instead of a generic error page.
/// Pages already in the output cache keep being served without reaching this point.
/// </summary>
internal sealed partial class StoreUnavailableHandler(ILogger<StoreUnavailableHandler> logger) : IExceptionHandler
{
    public const string Message = "Our database is not answering just now, so nothing was saved. Please try again in a minute.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsStoreOutage(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        LogOutage(logger, exception.GetType().Name);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "30";
        httpContext.Response.ContentType = "text/plain; charset=utf-8";
        var text = HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method)
            ? "Our database is not answering just now. Please try again in a minute."
            : Message;
        await httpContext.Response.WriteAsync(text, cancellationToken).ConfigureAwait(false);
        return true;
    }

    internal static bool IsStoreOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // The store maps lost or refused connections, server shutdowns and a busy file to DatabaseUnavailableException;
            // a bad query or a broken constraint is not an outage.
            if (e is DatabaseUnavailableException or TimeoutException or System.Data.Common.DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database did not answer ({Error}); answered 503")]
    private static partial void LogOutage(ILogger logger, string error);
}
