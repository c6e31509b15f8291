using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vertebra.Search;
using Vertebra.Storage;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Searching;

/// <summary>
/// Keeps the on-disk search index in step with the store. Every 2 seconds (or at once when asked) it compares the
/// store's content version with the one the index reflects; when it moved, it applies only the articles and pairs that
/// changed (see <see cref="SearchIndexUpdater"/>), rebuilding everything only when it must. After every change to the
/// index it empties the output cache, so no page shows results of the old index.
/// </summary>
public sealed partial class SearchIndexKeeper : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    private readonly SearchIndexUpdater _updater;
    private readonly IOutputCacheStore? _cache;
    private readonly ILogger<SearchIndexKeeper> _logger;
    private readonly TimeProvider _time;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _nextPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="store">The store the index follows.</param>
    /// <param name="index">The index to keep up to date.</param>
    /// <param name="folder">The index folder, where the keeper records what the index holds.</param>
    /// <param name="logger">Where counts and timings go (never titles, ids or search words).</param>
    /// <param name="time">The clock for the poll and for timings.</param>
    /// <param name="cache">The output cache to empty after the index changed; null when pages are not cached.</param>
    public SearchIndexKeeper(IContentStore store, SearchIndex index, string folder, ILogger<SearchIndexKeeper> logger, TimeProvider time, IOutputCacheStore? cache = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(time);
        _updater = new SearchIndexUpdater(store, index, folder, time);
        _cache = cache;
        _logger = logger;
        _time = time;
    }

    /// <summary>True once the index reflects the store (searches before then fall back to title matching).</summary>
    public bool IsReady { get; private set; }

    /// <summary>
    /// Checks the store now instead of at the next poll (another node changed content). The task completes when that
    /// check, and any index update it needed, is over.
    /// </summary>
    public Task RequestRefreshAsync()
    {
        var done = Volatile.Read(ref _nextPass).Task;
        Volatile.Read(ref _wake).TrySetResult();
        return done;
    }

    /// <summary>
    /// Brings an index up to date once (the command line's way): incrementally when its folder records what it holds,
    /// else, or when <paramref name="forceRebuild"/> is set, by re-indexing everything.
    /// </summary>
    /// <param name="beforeRebuild">Called just before a full rebuild starts (to tell the user it may take a while).</param>
    /// <returns>What was done; null when the index was already up to date.</returns>
    public static async Task<SearchIndexUpdate?> UpdateAsync(IContentStore store, SearchIndex index, string folder, bool forceRebuild,
        Func<Task>? beforeRebuild, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return await new SearchIndexUpdater(store, index, folder, TimeProvider.System)
            .UpdateAsync(forceRebuild, beforeRebuild, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pass = Interlocked.Exchange(ref _nextPass, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _ = Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            try
            {
                var update = await _updater.UpdateAsync(forceRebuild: false, beforeRebuild: null, stoppingToken).ConfigureAwait(false);
                if (update is not null)
                {
                    Log(update);
                }

                if (update is { WroteIndex: true } && _cache is not null)
                {
                    await _cache.EvictByTagAsync(VertebraWebHost.ContentCacheTag, stoppingToken).ConfigureAwait(false);
                }

                IsReady = true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(_logger, ex);
            }
            finally
            {
                pass.TrySetResult();
            }

            using var delay = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(Task.Delay(PollInterval, _time, delay.Token), Volatile.Read(ref _wake).Task).ConfigureAwait(false);
            await delay.CancelAsync().ConfigureAwait(false);
        }
    }

    private void Log(SearchIndexUpdate update)
    {
        var ms = (long)update.Elapsed.TotalMilliseconds;
        if (update.Rebuilt)
        {
            LogRebuilt(_logger, update.Documents, ms, update.ContentVersion, update.RebuildReason ?? "");
        }
        else if (update.WroteIndex)
        {
            LogUpdated(_logger, update.Added, update.Changed, update.Removed, update.Documents, ms, update.ContentVersion);
        }
        else
        {
            LogUnchanged(_logger, update.ContentVersion, ms);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {Count} documents in {Milliseconds} ms, content version {Version} ({Reason})")]
    private static partial void LogRebuilt(ILogger logger, int count, long milliseconds, long version, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Search index updated: {Added} sources added, {Changed} changed, {Removed} removed ({Documents} documents written) in {Milliseconds} ms, content version {Version}")]
    private static partial void LogUpdated(ILogger logger, int added, int changed, int removed, int documents, long milliseconds, long version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search index already matched content version {Version} (checked in {Milliseconds} ms)")]
    private static partial void LogUnchanged(ILogger logger, long version, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index could not be brought up to date; will retry")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
