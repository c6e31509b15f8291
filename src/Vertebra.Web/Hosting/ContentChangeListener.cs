using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vertebra.Storage;
using Vertebra.Storage.Postgres;
using Vertebra.Web.Searching;

namespace Vertebra.Web.Hosting;

/// <summary>
/// On PostgreSQL: when any node changes content, drop this node's cached pages and bring its search index up to date
/// at once, rather than waiting for the cache to expire and the index's next poll.
/// </summary>
internal sealed partial class ContentChangeListener(StoreLocation location, IOutputCacheStore cache, SearchIndexKeeper keeper, ILogger<ContentChangeListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new PostgresContentListener(location.Target).RunAsync(OnChangeAsync, ex => LogLost(logger, ex), stoppingToken);

    private async Task OnChangeAsync(long? version, CancellationToken cancellationToken)
    {
        LogChanged(logger, version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "resync");

        // Pages first, so articles show the change at once; then again once the index has caught up, so no search
        // page cached in between keeps showing old results.
        await cache.EvictByTagAsync(VertebraWebHost.ContentCacheTag, cancellationToken).ConfigureAwait(false);
        try
        {
            await keeper.RequestRefreshAsync().WaitAsync(RefreshWait, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The keeper logs its own failures and keeps polling.
        }

        await cache.EvictByTagAsync(VertebraWebHost.ContentCacheTag, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changed ({Version}): cache cleared, search index refreshed")]
    private static partial void LogChanged(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the PostgreSQL change feed; reconnecting")]
    private static partial void LogLost(ILogger logger, Exception exception);
}
