using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;

namespace Vertebra.Web.Hosting;

/// <summary>
/// A request the client got wrong (a body that ends before its Content-Length, a form over the limits) is answered
/// with its 4xx status and one short line at debug level. Before, each one reached the exception handler and wrote a
/// 16-line stack trace at error level: anyone could fill the log.
/// </summary>
internal static partial class BadRequestHandler
{
    public static async Task Handle(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            Refuse(context, ex.StatusCode, ex.Message);
        }
        catch (InvalidDataException ex) when (!context.Response.HasStarted)
        {
            // The form reader's own limits (value or key count too large).
            Refuse(context, StatusCodes.Status400BadRequest, ex.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
    }

    private static void Refuse(HttpContext context, int status, string reason)
    {
        var logger = context.RequestServices.GetService(typeof(ILogger<BadRequestMarker>)) as ILogger;
        if (logger is not null)
        {
            LogRefused(logger, status, reason);
        }

        if (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = status;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a malformed request with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    /// <summary>The log category of refused requests.</summary>
    internal sealed class BadRequestMarker;
}
