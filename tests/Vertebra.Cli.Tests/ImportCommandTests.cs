using System.Diagnostics;
using Vertebra.Cli.Commands;
using Vertebra.Content.Model;
using Vertebra.Tests.Shared;
using Xunit.Abstractions;

namespace Vertebra.Cli.Tests;

public sealed class ImportCommandTests(ITestOutputHelper log)
{
    private static ImportCommand.ImportRequest Request(string format, string path, ArticleStatus status = ArticleStatus.Draft) =>
        new(format, path, status, null, Content.Import.MedQuadSources.Licence);

    private static async Task<(int Code, string Out, string Err)> ImportAsync(TempStore temp, ImportCommand.ImportRequest request)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ImportCommand.RunAsync(temp.Store, request, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task ImportMarkdown_BundledContentTwice_SecondRunChangesNothing()
    {
        using var temp = new TempStore();
        var first = await ImportAsync(temp, Request("markdown", RepositoryPaths.Content));
        Assert.Equal(0, first.Code);
        var counts = await temp.Store.CountAsync();
        Assert.True(counts.Articles >= 16);
        Assert.Equal(28, counts.Conditions);

        var second = await ImportAsync(temp, Request("markdown", RepositoryPaths.Content));
        Assert.Equal(0, second.Code);
        Assert.Contains("Added 0, updated 0", second.Out, StringComparison.Ordinal);
        Assert.Equal(counts, await temp.Store.CountAsync());
    }

    [Fact]
    public async Task ImportMarkdown_OneBrokenFile_FailsNamingFileAndLineAndChangesNothing()
    {
        using var temp = new TempStore();
        Assert.Equal(0, (await ImportAsync(temp, Request("markdown", RepositoryPaths.Content))).Code);
        var before = await temp.Store.CountAsync();

        var folder = temp.Path2("broken");
        CopyFolder(RepositoryPaths.Content, folder);
        var victim = Path.Combine(folder, "articles", "sciatica.md");
        File.WriteAllText(victim, File.ReadAllText(victim).Replace("title: ", "title: [unclosed", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "articles", "zz-new.md"), "---\nslug: zz-new\ntitle: New\nsummary: New.\n---\nBody.\n");

        var result = await ImportAsync(temp, Request("markdown", folder));
        Assert.Equal(1, result.Code);
        Assert.Contains("sciatica.md, line 3", result.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", result.Err, StringComparison.Ordinal);
        Assert.Equal(before, await temp.Store.CountAsync());
        Assert.Null(await temp.Store.GetArticleAsync("zz-new"));
    }

    [Fact]
    public async Task ExportThenImport_IntoAFreshStore_GivesTheSameLibrary()
    {
        using var source = new TempStore();
        Assert.Equal(0, (await ImportAsync(source, Request("markdown", RepositoryPaths.Content))).Code);
        var exported = source.Path2("export");
        Assert.Equal(0, await ExportCommand.RunAsync(source.Store, exported, TextWriter.Null, TextWriter.Null, CancellationToken.None));

        using var target = new TempStore();
        Assert.Equal(0, (await ImportAsync(target, Request("markdown", exported))).Code);
        Assert.Equal(await source.Store.CountAsync(), await target.Store.CountAsync());
        var before = await source.Store.ListAllArticlesAsync();
        var after = await target.Store.ListAllArticlesAsync();
        Assert.Equal(before.Select(Fingerprint), after.Select(Fingerprint));
    }

    [SharedDataFact("seeds/000_d09882d08a2cb8d9.txt")]
    public async Task ImportPage_Seed000_BecomesADraftArticleWithTeasersDropped()
    {
        using var temp = new TempStore();
        var result = await ImportAsync(temp, Request("page", RepositoryPaths.SharedFile("seeds/000_d09882d08a2cb8d9.txt")));
        Assert.Equal(0, result.Code);
        var article = Assert.Single(await temp.Store.ListAllArticlesAsync());
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal("Can massage reduce lumbar disc herniation?", article.Title);
        Assert.DoesNotContain("Thyroid nodules", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<<:", article.Body, StringComparison.Ordinal);
        Assert.Contains("teaser", result.Out, StringComparison.Ordinal);
        Assert.Single(result.Out.Split('\n'), l => l.Contains("teaser", StringComparison.Ordinal));
        Assert.Contains("skipped 15 in ", result.Out, StringComparison.Ordinal);
        Assert.Contains("New draft: \"Can massage reduce lumbar disc herniation?\". Review it at /editor/articles/" + article.Slug, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipLines_ManySkipsOfOneFileForOneReason_AreOneLineWithRanges()
    {
        var skips = new[] { 4, 5, 6, 9 }.Select(n => new Vertebra.Content.Import.ImportSkip($"page.html, line {n}", "a teaser was dropped."))
            .Append(new Vertebra.Content.Import.ImportSkip("some-slug", "a link was left out."))
            .ToArray();
        Assert.Equal(["4 in page.html, lines 4-6, 9: a teaser was dropped.", "some-slug: a link was left out."], ImportCommand.SkipLines(skips));
    }

    [Fact]
    public async Task ImportHelp_ListsTheFormatsOnce()
    {
        var output = new StringWriter();
        await VertebraCommandLine.Create(output, TextWriter.Null).Parse(["import", "--help"]).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output });
        var help = output.ToString();
        Assert.Single(help.Split('\n'), l => l.Contains("qa-jsonl", StringComparison.Ordinal) && !l.Contains("--licence", StringComparison.Ordinal) && !l.Contains("For qa-jsonl", StringComparison.Ordinal));
        Assert.DoesNotContain("markdown | medquad", help, StringComparison.Ordinal);
    }

    [SharedDataFact("seeds/000_d09882d08a2cb8d9.txt")]
    public async Task ImportPage_PreviousAndNextTitles_LinkWhenThoseArticlesExist()
    {
        using var temp = new TempStore();
        var folder = temp.Path2("pages");
        Directory.CreateDirectory(Path.Combine(folder, "articles"));
        File.WriteAllText(Path.Combine(folder, "articles", "tcm.md"),
            "---\nslug: tcm-bulging-disc\ntitle: TCM treatment of lumbar disc bulging\nsummary: A page.\n---\nText.\n");
        Assert.Equal(0, (await ImportAsync(temp, Request("markdown", folder))).Code);

        var result = await ImportAsync(temp, Request("page", RepositoryPaths.SharedFile("seeds/000_d09882d08a2cb8d9.txt"), ArticleStatus.Published));
        Assert.Equal(0, result.Code);
        var article = await temp.Store.GetArticleAsync("can-massage-reduce-lumbar-disc-herniation");
        Assert.NotNull(article);
        Assert.Equal("tcm-bulging-disc", article.PreviousSlug);
        Assert.Null(article.NextSlug);
        Assert.Contains("Can bone setting cure lumbar disc herniation?", result.Out, StringComparison.Ordinal);
    }

    [SharedDataFact("data/medquad/xml")]
    public async Task ImportMedQuad_SharedXml_OneArticlePerDocumentWithBenchmarkIds()
    {
        using var temp = new TempStore();
        var xml = RepositoryPaths.SharedFile("data/medquad/xml");
        var documents = Directory.GetFiles(xml, "*.xml", SearchOption.AllDirectories).Length;
        var result = await ImportAsync(temp, Request("medquad", xml));
        Assert.Equal(0, result.Code);
        var counts = await temp.Store.CountAsync();
        Assert.Equal(documents, counts.Articles);
        Assert.True(counts.QaPairs > documents);

        var again = await ImportAsync(temp, Request("medquad", xml));
        Assert.Contains("Added 0, updated 0", again.Out, StringComparison.Ordinal);
        Assert.Equal(counts, await temp.Store.CountAsync());
    }

    [SharedDataFact("data/medquad/corpus.jsonl.gz")]
    public async Task ImportQaJsonl_WholeMedQuadCorpus_Keeps47457PairsWithAttribution()
    {
        using var temp = new TempStore();
        var watch = Stopwatch.StartNew();
        var result = await ImportAsync(temp, Request("qa-jsonl", RepositoryPaths.SharedFile("data/medquad/corpus.jsonl.gz")));
        log.WriteLine($"Imported corpus.jsonl.gz in {watch.Elapsed.TotalSeconds:F1} s (reported only; see docs/benchmarks.md).");
        Assert.Equal(0, result.Code);
        Assert.Equal(47_457, (await temp.Store.CountAsync()).QaPairs);
        Assert.Contains("Added 47457", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingPath_FailsWithAClearMessage()
    {
        using var temp = new TempStore();
        var result = await ImportAsync(temp, Request("qa-jsonl", temp.Path2("nothing-here.jsonl")));
        Assert.Equal(1, result.Code);
        Assert.Contains("does not exist", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLine_UnknownFormat_IsRefusedBeforeAnythingRuns()
    {
        var code = await VertebraCommandLine.Create(TextWriter.Null, TextWriter.Null).Parse(["import", "pdf", "x.pdf"]).InvokeAsync();
        Assert.NotEqual(0, code);
    }

    private static string Fingerprint(Article a) =>
        string.Join("|", a.Slug, a.Title, a.Summary, a.Body, string.Join(",", a.Topics), string.Join(",", a.Conditions), a.MedicalReviewer,
            a.Status, a.Published, a.LastReviewed, a.NextReviewDue, string.Join(",", a.References.Select(r => r.Name + r.Url)));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
