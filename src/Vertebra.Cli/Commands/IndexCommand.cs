using System.CommandLine;

namespace Vertebra.Cli.Commands;

/// <summary><c>vertebra index rebuild</c>: rebuilds the search index from the database.</summary>
internal static class IndexCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = CommonOptions.Data();
        var content = CommonOptions.Content();
        var database = CommonOptions.Database();
        var semantic = CommonOptions.Semantic();
        var rebuild = new Command("rebuild", "Rebuild the search index from the database. A running site keeps its index up to date itself; stop it first to rebuild.") { data, content, database, semantic };
        rebuild.SetAction(async (result, cancellationToken) =>
        {
            var settings = CommonOptions.Bind(result);
            var (store, _) = await DatabaseOption.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
            await using var owned = store as IAsyncDisposable;
            try
            {
                var vectors = SemanticOption.Vectors(SemanticOption.Encoder(settings), store);
                using var index = await SearchIndexes.OpenCurrentAsync(store, settings, forceRebuild: true, output, cancellationToken, vectors).ConfigureAwait(false);
                return 0;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or Vertebra.Search.SearchDataException)
            {
                await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 1;
            }
        });
        return new Command("index", "Manage the search index.") { rebuild };
    }
}
