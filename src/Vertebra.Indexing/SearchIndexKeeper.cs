using Microsoft.Extensions.Logging;
using Vertebra.Search;
using Vertebra.Storage;
using Vertebra.Storage.Changes;

namespace Vertebra.Indexing;

/// <summary>
/// Keeps the on-disk search index in step with the store. It follows the one content-change signal
/// (<see cref="ContentVersionWatcher"/>): when the store's content version moved, it applies only the articles and pairs
/// that changed (see <see cref="SearchIndexUpdater"/>), rebuilding everything only when it must. Subscribers registered
/// after it (the page cache) hear of the change once the index has it, so no page shows results of the old index.
/// </summary>
public sealed partial class SearchIndexKeeper : IContentChangeSubscriber
{
    private readonly SearchIndexUpdater _updater;
    private readonly ILogger<SearchIndexKeeper> _logger;
    private readonly SemaphoreSlim _one = new(1, 1);
    private IReadOnlyList<SkippedSource> _skipped = [];

    /// <param name="store">The store the index follows.</param>
    /// <param name="index">The index to keep up to date.</param>
    /// <param name="folder">The index folder, where the keeper records what the index holds.</param>
    /// <param name="logger">Where counts and timings go (never titles, ids or search words).</param>
    /// <param name="time">The clock for timings.</param>
    /// <param name="vectors">Gives documents their meaning vectors; null when semantic matching is off.</param>
    public SearchIndexKeeper(IContentStore store, SearchIndex index, string folder, ILogger<SearchIndexKeeper> logger, TimeProvider time, MeaningVectors? vectors = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(time);
        _updater = new SearchIndexUpdater(store, index, folder, time, vectors);
        _logger = logger;
    }

    /// <summary>True once the index reflects the store (searches before then fall back to title matching).</summary>
    public bool IsReady { get; private set; }

    /// <summary>
    /// True when a search or question that found <paramref name="found"/> results found none only because the index is
    /// still being built: it had words to search, and the index does not yet reflect the store.
    /// </summary>
    public bool StillBuildingFor(int found, QueryInterpretation interpretation)
    {
        ArgumentNullException.ThrowIfNull(interpretation);
        return found == 0 && interpretation.EmptyReason is null && !IsReady;
    }

    /// <summary>Articles and pairs left out of the index because they could not be indexed (shown on the editor dashboard).</summary>
    public IReadOnlyList<SkippedSource> Skipped => _skipped;

    /// <summary>
    /// Brings an index up to date once (the command line's way): incrementally when its folder records what it holds,
    /// else, or when <paramref name="forceRebuild"/> is set, by re-indexing everything.
    /// </summary>
    /// <param name="beforeRebuild">Called just before a full rebuild starts (to tell the user it may take a while).</param>
    /// <param name="vectors">Gives documents their meaning vectors; null when semantic matching is off.</param>
    /// <param name="encodeProgress">Told (done, total) while texts are encoded.</param>
    /// <returns>What was done; null when the index was already up to date.</returns>
    public static async Task<SearchIndexUpdate?> UpdateAsync(IContentStore store, SearchIndex index, string folder, bool forceRebuild,
        Func<Task>? beforeRebuild, CancellationToken cancellationToken, MeaningVectors? vectors = null, IProgress<(int Done, int Total)>? encodeProgress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var updater = new SearchIndexUpdater(store, index, folder, TimeProvider.System, vectors, encodeProgress);
        var update = await updater.UpdateAsync(forceRebuild, beforeRebuild, cancellationToken).ConfigureAwait(false);
        return update is null ? null : update with { VectorsEncoded = updater.VectorsEncoded, VectorsLoaded = updater.VectorsLoaded };
    }

    /// <inheritdoc />
    public async Task OnContentChangedAsync(long version, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var encodedBefore = _updater.VectorsEncoded;
            SearchIndexUpdate? update;
            try
            {
                update = await _updater.UpdateAsync(forceRebuild: false, beforeRebuild: null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (CausedByMissingFiles(ex))
            {
                // Files of the index changed under it (another program wrote or removed them): start it again from the
                // store instead of failing on every later attempt.
                LogRebuildingAfterError(_logger, ex.GetBaseException().GetType().Name, ex.GetBaseException().Message);
                update = await _updater.UpdateAsync(forceRebuild: true, beforeRebuild: null, cancellationToken).ConfigureAwait(false);
            }

            if (update is not null)
            {
                Log(update);
                if (_updater.VectorsEncoded > encodedBefore)
                {
                    LogEncoded(_logger, _updater.VectorsEncoded - encodedBefore);
                }
            }

            NoteSkipped();

            IsReady = true;
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>True when a file of the index went missing or could not be read (Lucene wraps the IOException).</summary>
    private static bool CausedByMissingFiles(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is IOException)
            {
                return true;
            }
        }

        return false;
    }

    private void NoteSkipped()
    {
        var known = _skipped.ToDictionary(s => s.SourceKey, s => s.Reason, StringComparer.Ordinal);
        var now = _updater.Skipped.Select(s => new SkippedSource(s.Key, s.Value)).OrderBy(s => s.SourceKey, StringComparer.Ordinal).ToList();
        foreach (var source in now.Where(s => !known.TryGetValue(s.SourceKey, out var reason) || reason != s.Reason))
        {
            LogSkipped(_logger, source.SourceKey, source.Reason);
        }

        _skipped = now;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Meaning vectors: {Count} texts encoded and stored in the database (the others were loaded from it)")]
    private static partial void LogEncoded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index skipped {Source}, which could not be indexed: {Reason} Everything else is indexed; fix it in the editor.")]
    private static partial void LogSkipped(ILogger logger, string source, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index files changed under the site ({Error}: {Message}); rebuilding the index from the database")]
    private static partial void LogRebuildingAfterError(ILogger logger, string error, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search index already matched content version {Version} (checked in {Milliseconds} ms)")]
    private static partial void LogUnchanged(ILogger logger, long version, long milliseconds);
}
