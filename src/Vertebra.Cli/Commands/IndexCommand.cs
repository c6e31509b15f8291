using System.CommandLine;

namespace Vertebra.Cli.Commands;

/// <summary><c>vertebra index rebuild</c>: rebuilds the search index from the database.</summary>
internal static class IndexCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = CommonOptions.Data();
        var content = CommonOptions.Content();
        var database = DatabaseOption.Create();
        var semantic = SemanticOption.Create();
        var rebuild = new Command("rebuild", "Rebuild the search index from the database. A running site keeps its index up to date itself; stop it first to rebuild.") { data, content, database, semantic };
        rebuild.SetAction(async (result, cancellationToken) =>
        {
            var dataDirectory = CommonOptions.ResolveData(result.GetValue(data));
            var (store, _) = await DatabaseOption.OpenAsync(result.GetValue(database), result.GetValue(data), cancellationToken).ConfigureAwait(false);
            await using var owned = store as IAsyncDisposable;
            try
            {
                var vectors = SemanticOption.Vectors(SemanticOption.Encoder(result.GetValue(semantic)), store);
                using var index = await SearchIndexes.OpenCurrentAsync(store, dataDirectory, CommonOptions.ResolveContent(result.GetValue(content)), forceRebuild: true, output, cancellationToken, vectors).ConfigureAwait(false);
                return 0;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 1;
            }
        });
        return new Command("index", "Manage the search index.") { rebuild };
    }
}
