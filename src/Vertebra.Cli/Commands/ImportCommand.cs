using Vertebra.Content;
using System.CommandLine;
using Spectre.Console;
using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Indexing;
using Vertebra.Storage;

namespace Vertebra.Cli.Commands;

/// <summary><c>vertebra import FORMAT PATH</c>: reads, checks, then writes everything in one transaction.</summary>
internal static class ImportCommand
{
    public static readonly string[] Formats = ["markdown", "medquad", "qa-jsonl", "page"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Argument<string>("format") { Description = "markdown | medquad | qa-jsonl | page" };
        format.AcceptOnlyFromAmong(Formats);
        var path = new Argument<string>("path") { Description = "The file or folder to import." };
        var data = CommonOptions.Data();
        var database = CommonOptions.Database();
        var status = new Option<string>("--status") { Description = "For page imports: draft (default) or published.", DefaultValueFactory = _ => "draft" };
        status.AcceptOnlyFromAmong("draft", "published");
        var title = new Option<string?>("--title") { Description = "For page imports: the article's title (default: the page's first short question)." };
        var licence = new Option<string>("--licence") { Description = "For qa-jsonl: licence of lines that name none.", DefaultValueFactory = _ => MedQuadSources.Licence };
        var semantic = CommonOptions.Semantic();
        var command = new Command("import", "Import content. Re-importing updates what changed and never duplicates; a failure changes nothing.")
        {
            format, path, data, status, title, licence, database, semantic,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = CommonOptions.Bind(result);
            var (store, _) = await DatabaseOption.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
            await using var owned = store as IAsyncDisposable;
            var request = new ImportRequest(result.GetValue(format)!, result.GetValue(path)!, result.GetValue(status) == "published" ? ArticleStatus.Published : ArticleStatus.Draft,
                result.GetValue(title), result.GetValue(licence)!);
            MeaningVectors? vectors;
            try
            {
                vectors = SemanticOption.Vectors(SemanticOption.Encoder(settings), store);
            }
            catch (ArgumentException ex)
            {
                await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 1;
            }

            return await RunAsync(store, request, output, error, cancellationToken, vectors).ConfigureAwait(false);
        });
        return command;
    }

    internal sealed record ImportRequest(string Format, string Path, ArticleStatus PageStatus, string? PageTitle, string Licence);

    internal static async Task<int> RunAsync(IContentStore store, ImportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        MeaningVectors? vectors = null)
    {
        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var known = await store.GetKnownIdsAsync(cancellationToken).ConfigureAwait(false);
            var summary = await ProgressDisplay.RunAsync(output, async (read, save) =>
            {
                var batch = request.Format switch
                {
                    "markdown" => MarkdownFolderImporter.Read(request.Path, known, progress: read, cancellationToken: cancellationToken),
                    "medquad" => MedQuadXmlImporter.Read(request.Path, progress: read, cancellationToken: cancellationToken),
                    "qa-jsonl" => QaJsonlImporter.Read(request.Path, request.Licence, progress: read, cancellationToken: cancellationToken),
                    "page" => SavedPageImporter.Read(request.Path, new SavedPageImporter.Options { Status = request.PageStatus, Title = request.PageTitle }),
                    _ => throw new ContentImportException(request.Path, null, $"'{request.Format}' is not a format Vertebra imports."),
                };
                return await store.ApplyAsync(batch, save, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            await WriteSummaryAsync(output, summary).ConfigureAwait(false);
            if (vectors is not null && summary.Added + summary.Updated > 0)
            {
                await EncodeAsync(store, vectors, output, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }
        catch (ContentImportException ex)
        {
            await error.WriteLineAsync($"Import failed, nothing was changed. {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>
    /// Computes the meaning vectors of every searchable text that has none in the database yet (an unchanged text keeps
    /// its vector), with a progress bar, so the site and other nodes load them instead of computing them.
    /// </summary>
    private static async Task EncodeAsync(IContentStore store, MeaningVectors vectors, TextWriter output, CancellationToken cancellationToken)
    {
        var articles = (await store.ListAllArticlesAsync(cancellationToken).ConfigureAwait(false)).Where(a => a.Status is ArticleStatus.Published or ArticleStatus.DueForReview);
        var pairs = await store.ListAllQaPairsAsync(cancellationToken).ConfigureAwait(false);
        var documents = articles.SelectMany(SearchDocuments.FromArticle).Concat(pairs.Select(SearchDocuments.FromQaPair)).ToList();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (_, encoded, loaded) = await ProgressDisplay.EncodeAsync(output, progress => vectors.AttachAsync(documents, progress, cancellationToken)).ConfigureAwait(false);
        if (encoded > 0)
        {
            await output.WriteLineAsync($"Encoded {encoded:N0} texts for meaning search in {started.Elapsed.TotalSeconds:F0} s ({loaded:N0} already had vectors).").ConfigureAwait(false);
        }
    }

    private static async Task WriteSummaryAsync(TextWriter output, ImportSummary summary)
    {
        await output.WriteLineAsync($"Added {summary.Added}, updated {summary.Updated}, unchanged {summary.Unchanged}, skipped {summary.Skipped.Count}.").ConfigureAwait(false);
        foreach (var skip in summary.Skipped.Take(20))
        {
            await output.WriteLineAsync($"  skipped {skip.Where}: {skip.Reason}").ConfigureAwait(false);
        }

        if (summary.Skipped.Count > 20)
        {
            await output.WriteLineAsync($"  ... and {summary.Skipped.Count - 20} more skipped.").ConfigureAwait(false);
        }
    }
}
