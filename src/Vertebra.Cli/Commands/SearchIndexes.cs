using Vertebra.Search;
using Vertebra.Settings;
using Vertebra.Indexing;
using Vertebra.Storage;

namespace Vertebra.Cli.Commands;

/// <summary>
/// Opens the data folder's search index for the command line. When no other program writes it, the command line takes
/// the index lock and brings the index up to date first. When a site runs on the same data, the site is the one
/// writer: <c>ask</c> reads the index as the site last wrote it, and <c>index rebuild</c> refuses with one line.
/// </summary>
internal static class SearchIndexes
{
    public const string SiteIsWriting =
        "A running Vertebra site keeps the search index in this data folder up to date itself, so it was not rebuilt. Stop the site first to rebuild it.";

    public static async Task<OpenedIndex> OpenCurrentAsync(IContentStore store, VertebraOptions settings, bool forceRebuild, TextWriter log, CancellationToken cancellationToken,
        MeaningVectors? vectors = null)
    {
        var folder = DataFolders.Index(settings.DataDirectory);
        var knowledge = QueryKnowledge.LoadFrom(DataFolders.SearchData(settings.ContentDirectory));
        var writerLock = IndexWriterLock.TryAcquire(folder);
        if (writerLock is null)
        {
            if (forceRebuild)
            {
                throw new InvalidOperationException(SiteIsWriting);
            }

            try
            {
                return new OpenedIndex(SearchIndex.OpenReadOnly(folder, knowledge), null);
            }
            catch (Lucene.Net.Index.IndexNotFoundException ex)
            {
                throw new InvalidOperationException("The running site has not built its search index yet. Try again in a minute.", ex);
            }
        }

        SearchIndex index;
        try
        {
            index = SearchIndex.Open(folder, knowledge);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }

        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var update = await ProgressDisplay.EncodeAsync(log, progress => SearchIndexKeeper.UpdateAsync(store, index, folder, forceRebuild,
                () => log.WriteLineAsync("Building the search index from the database..."), cancellationToken, vectors, progress)).ConfigureAwait(false);
            if (update is { Rebuilt: true })
            {
                await log.WriteLineAsync($"Indexed {update.Documents} documents.").ConfigureAwait(false);
            }
            else if (update is { WroteIndex: true })
            {
                await log.WriteLineAsync($"Updated the search index: {update.Added} added, {update.Changed} changed, {update.Removed} removed.").ConfigureAwait(false);
            }
        }
        catch
        {
            index.Dispose();
            writerLock.Dispose();
            throw;
        }

        return new OpenedIndex(index, writerLock);
    }

    /// <summary>An index and, when this process writes it, the lock it holds; disposing releases both.</summary>
    internal sealed class OpenedIndex(SearchIndex index, IndexWriterLock? writerLock) : IDisposable
    {
        public SearchIndex Index { get; } = index;

        public void Dispose()
        {
            Index.Dispose();
            writerLock?.Dispose();
        }
    }
}
