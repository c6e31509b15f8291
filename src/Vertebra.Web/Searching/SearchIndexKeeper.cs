using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vertebra.Content.Model;
using Vertebra.Search;
using Vertebra.Storage;

namespace Vertebra.Web.Searching;

/// <summary>
/// Keeps the on-disk search index in step with the store: rebuilt at start when the content version differs from
/// the one it was built from, and again whenever the version changes (an import, a publication).
/// </summary>
public sealed partial class SearchIndexKeeper(IContentStore store, SearchIndex index, string folder, ILogger<SearchIndexKeeper> logger, TimeProvider time)
    : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    private long _builtVersion = -1;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _nextPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once the index reflects the store (searches before then fall back to title matching).</summary>
    public bool IsReady { get; private set; }

    /// <summary>
    /// Checks the store now instead of at the next poll (another node changed content). The task completes when that
    /// check, and any rebuild it needed, is over.
    /// </summary>
    public Task RequestRefreshAsync()
    {
        var done = Volatile.Read(ref _nextPass).Task;
        Volatile.Read(ref _wake).TrySetResult();
        return done;
    }

    public static async Task<int> RebuildAsync(IContentStore store, SearchIndex index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        var articles = (await store.ListAllArticlesAsync(cancellationToken).ConfigureAwait(false))
            .Where(a => a.Status is ArticleStatus.Published or ArticleStatus.DueForReview);
        var pairs = await store.ListAllQaPairsAsync(cancellationToken).ConfigureAwait(false);
        var documents = articles.SelectMany(SearchDocuments.FromArticle).Concat(pairs.Select(SearchDocuments.FromQaPair)).ToList();
        index.Rebuild(documents);
        return documents.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _builtVersion = ReadBuiltVersion();
        while (!stoppingToken.IsCancellationRequested)
        {
            var pass = Interlocked.Exchange(ref _nextPass, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _ = Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            try
            {
                var version = await store.GetContentVersionAsync(stoppingToken).ConfigureAwait(false);
                if (version != _builtVersion || index.Count == 0)
                {
                    var count = await RebuildAsync(store, index, stoppingToken).ConfigureAwait(false);
                    _builtVersion = version;
                    await File.WriteAllTextAsync(VersionFile, version.ToString(CultureInfo.InvariantCulture), stoppingToken).ConfigureAwait(false);
                    LogRebuilt(logger, count, version);
                }

                IsReady = true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
            finally
            {
                pass.TrySetResult();
            }

            using var delay = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(Task.Delay(PollInterval, time, delay.Token), Volatile.Read(ref _wake).Task).ConfigureAwait(false);
            await delay.CancelAsync().ConfigureAwait(false);
        }
    }

    private string VersionFile => Path.Combine(folder, "content-version.txt");

    private long ReadBuiltVersion() =>
        File.Exists(VersionFile) && long.TryParse(File.ReadAllText(VersionFile), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {Count} documents, content version {Version}")]
    private static partial void LogRebuilt(ILogger logger, int count, long version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index could not be brought up to date; will retry")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
