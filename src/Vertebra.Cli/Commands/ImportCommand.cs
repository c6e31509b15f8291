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
        var format = new Argument<string>("format")
        {
            HelpName = "format",
            Description = "What PATH holds: markdown (a folder of articles and catalogue), medquad (the MedQuAD XML folder), "
                + "qa-jsonl (question-answer pairs, one JSON a line) or page (one saved web page, added as a draft article to review).",
        };
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
                result.GetValue(title), result.GetValue(licence)!, settings.PublicUrlSetting);
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

    private static readonly string[] KnownFormats = ["markdown", "medquad", "qa-jsonl", "page"];

    internal sealed record ImportRequest(string Format, string Path, ArticleStatus PageStatus, string? PageTitle, string Licence, string? PublicUrl = null);

    internal static async Task<int> RunAsync(IContentStore store, ImportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        MeaningVectors? vectors = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var known = await store.GetKnownIdsAsync(cancellationToken).ConfigureAwait(false);
            ContentBatch? imported = null;
            var summary = await ProgressDisplay.RunAsync(output, async (read, save) =>
            {
                var batch = imported = request.Format switch
                {
                    "markdown" => MarkdownFolderImporter.Read(request.Path, known, progress: read, cancellationToken: cancellationToken),
                    "medquad" => MedQuadXmlImporter.Read(request.Path, progress: read, cancellationToken: cancellationToken),
                    "qa-jsonl" => QaJsonlImporter.Read(request.Path, request.Licence, progress: read, cancellationToken: cancellationToken),
                    "page" => SavedPageImporter.Read(request.Path, new SavedPageImporter.Options { Status = request.PageStatus, Title = request.PageTitle }),
                    _ => throw new ContentImportException(request.Path, null, $"'{request.Format}' is not a format Vertebra imports."),
                };
                return await store.ApplyAsync(batch, save, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            ImportMetrics.Record(request.Format, "done", System.Diagnostics.Stopwatch.GetElapsedTime(started));
            await WriteSummaryAsync(output, summary).ConfigureAwait(false);
            if (request.Format == "page" && imported?.Articles is [var article])
            {
                await output.WriteLineAsync(DescribePage(article, request.PublicUrl)).ConfigureAwait(false);
            }

            if (vectors is not null && summary.Added + summary.Updated > 0)
            {
                await EncodeAsync(store, vectors, output, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }
        catch (ContentImportException ex)
        {
            ImportMetrics.Record(KnownFormats.Contains(request.Format) ? request.Format : "unknown", "failed", System.Diagnostics.Stopwatch.GetElapsedTime(started));
            await error.WriteLineAsync($"Import failed, nothing was changed. {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>Where the imported page went: its title, and the editor address to review it (the public address when set).</summary>
    internal static string DescribePage(Article article, string? publicUrl)
    {
        var site = publicUrl?.TrimEnd('/') ?? "";
        var kind = article.Status == ArticleStatus.Draft ? "draft" : "published article";
        return $"New {kind}: \"{article.Title}\". Review it at {site}/editor/articles/{article.Slug}"
            + (article.Status == ArticleStatus.Draft ? " before it is published." : $"; readers see it at {site}/articles/{article.Slug}.");
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
        var lines = SkipLines(summary.Skipped);
        foreach (var line in lines.Take(20))
        {
            await output.WriteLineAsync("  skipped " + line).ConfigureAwait(false);
        }

        if (lines.Count > 20)
        {
            await output.WriteLineAsync($"  ... and {lines.Count - 20} more lines of skipped items.").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// One line per skipped item, except that skips of one file for one reason (such as 15 teasers of other articles
    /// on a saved page) are summed up in one line with their line numbers.
    /// </summary>
    internal static IReadOnlyList<string> SkipLines(IReadOnlyList<ImportSkip> skipped)
    {
        var lines = new List<string>();
        foreach (var group in skipped.GroupBy(s => (File: FileOf(s.Where), s.Reason)))
        {
            var items = group.ToArray();
            if (items.Length >= 3 && group.Key.File is { } file)
            {
                var numbers = items.Select(s => LineOf(s.Where)!.Value).Order().ToArray();
                lines.Add($"{items.Length} in {file}, lines {Ranges(numbers)}: {group.Key.Reason}");
            }
            else
            {
                lines.AddRange(items.Select(s => $"{s.Where}: {s.Reason}"));
            }
        }

        return lines;
    }

    private static string? FileOf(string where) =>
        LineOf(where) is null ? null : where[..where.LastIndexOf(", line ", StringComparison.Ordinal)];

    private static int? LineOf(string where)
    {
        var at = where.LastIndexOf(", line ", StringComparison.Ordinal);
        return at >= 0 && int.TryParse(where.AsSpan(at + ", line ".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line)
            ? line
            : null;
    }

    private static string Ranges(int[] numbers)
    {
        var parts = new List<string>();
        for (var i = 0; i < numbers.Length;)
        {
            var j = i;
            while (j + 1 < numbers.Length && numbers[j + 1] == numbers[j] + 1)
            {
                j++;
            }

            parts.Add(j == i ? numbers[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{numbers[i]}-{numbers[j]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }
}
