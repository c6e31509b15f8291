using Vertebra.Content.Export;
using System.CommandLine;
using Vertebra.Content.Markdown;
using Vertebra.Storage;

namespace Vertebra.Cli.Commands;

/// <summary><c>vertebra export markdown DIR</c>: writes the library back to the native folder format.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Argument<string>("format") { Description = "markdown" };
        format.AcceptOnlyFromAmong("markdown");
        var directory = new Argument<string>("dir") { Description = "The folder to write (created if missing)." };
        var data = CommonOptions.Data();
        var database = CommonOptions.Database();
        var command = new Command("export", "Export the library as Markdown files with YAML front matter.") { format, directory, data, database };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (store, _) = await DatabaseOption.OpenAsync(CommonOptions.Bind(result), cancellationToken).ConfigureAwait(false);
            await using var owned = store as IAsyncDisposable;
            return await RunAsync(store, result.GetValue(directory)!, output, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(IContentStore store, string directory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var count = MarkdownFolderExporter.Write(directory,
                await store.ListAllArticlesAsync(cancellationToken).ConfigureAwait(false),
                await store.ListTopicsAsync(cancellationToken).ConfigureAwait(false),
                await store.ListConditionGroupsAsync(cancellationToken).ConfigureAwait(false),
                await store.ListConditionsAsync(cancellationToken).ConfigureAwait(false),
                await store.ListClinicsAsync(cancellationToken).ConfigureAwait(false));
            await output.WriteLineAsync($"Wrote {count} articles and the catalogue to {Path.GetFullPath(directory)}.").ConfigureAwait(false);
            return 0;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"Export failed: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (UnauthorizedAccessException ex)
        {
            await error.WriteLineAsync($"Export failed: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
