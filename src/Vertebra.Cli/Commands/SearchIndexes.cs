using System.Globalization;
using Lucene.Net.Store;
using Vertebra.Search;
using Vertebra.Storage;
using Vertebra.Web.Searching;

namespace Vertebra.Cli.Commands;

/// <summary>Opens the data folder's search index for the command line, building it first when it is missing or stale.</summary>
internal static class SearchIndexes
{
    public static async Task<SearchIndex> OpenCurrentAsync(IContentStore store, string dataDirectory, string contentDirectory, bool forceRebuild, TextWriter log, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(dataDirectory, "index");
        var versionFile = Path.Combine(folder, "content-version.txt");
        SearchIndex index;
        try
        {
            index = SearchIndex.Open(folder, QueryKnowledge.LoadFrom(Path.Combine(contentDirectory, "search")));
        }
        catch (LockObtainFailedException ex)
        {
            throw new InvalidOperationException("The search index is in use by a running site. Stop the site, or ask through its /api/ask address.", ex);
        }

        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var version = await store.GetContentVersionAsync(cancellationToken).ConfigureAwait(false);
        var built = File.Exists(versionFile) ? await File.ReadAllTextAsync(versionFile, cancellationToken).ConfigureAwait(false) : "";
        if (forceRebuild || index.Count == 0 || built != version.ToString(CultureInfo.InvariantCulture))
        {
            await log.WriteLineAsync("Building the search index from the database...").ConfigureAwait(false);
            var count = await SearchIndexKeeper.RebuildAsync(store, index, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(versionFile, version.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            await log.WriteLineAsync($"Indexed {count} documents.").ConfigureAwait(false);
        }

        return index;
    }
}
