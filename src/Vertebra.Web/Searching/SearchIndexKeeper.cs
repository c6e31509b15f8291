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

    /// <summary>True once the index reflects the store (searches before then fall back to title matching).</summary>
    public bool IsReady { get; private set; }

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

            await Task.Delay(PollInterval, time, stoppingToken).ConfigureAwait(false);
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
