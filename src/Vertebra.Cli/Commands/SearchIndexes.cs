using Lucene.Net.Store;
using Vertebra.Search;
using Vertebra.Indexing;
using Vertebra.Storage;

namespace Vertebra.Cli.Commands;

/// <summary>Opens the data folder's search index for the command line, bringing it up to date with the database first.</summary>
internal static class SearchIndexes
{
    public static async Task<SearchIndex> OpenCurrentAsync(IContentStore store, string dataDirectory, string contentDirectory, bool forceRebuild, TextWriter log, CancellationToken cancellationToken,
        MeaningVectors? vectors = null)
    {
        var folder = Path.Combine(dataDirectory, "index");
        SearchIndex index;
        try
        {
            index = SearchIndex.Open(folder, QueryKnowledge.LoadFrom(Path.Combine(contentDirectory, "search")));
        }
        catch (LockObtainFailedException ex)
        {
            throw new InvalidOperationException("The search index is in use by a running site. Stop the site, or ask through its /api/ask address.", ex);
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
            throw;
        }

        return index;
    }
}
