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
        var rebuild = new Command("rebuild", "Rebuild the search index from the database. Rarely needed: a running site keeps its own index up to date. While a site runs on the same data folder it is the index's one writer and this refuses; stop that site first to force a full rebuild.") { data, content, database, semantic };
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
