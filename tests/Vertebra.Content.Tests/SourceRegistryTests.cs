using Vertebra.Content.Import;
using Vertebra.Content.Sources;
using Vertebra.Content.Tests.Support;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

public sealed class SourceRegistryTests
{
    private const string File = "sources.yaml";

    private static string Entry(string id, string url, string extra = "") =>
        $"  - id: {id}\n    publisher: NICE\n    title: A guideline\n    url: {url}\n    checked: 2026-12-01\n{extra}";

    private static string Registry(params string[] entries) => "sources:\n" + string.Concat(entries);

    [Fact]
    public void Parse_GoodEntry_ShowsPublisherTitleAndYear()
    {
        var registry = SourceRegistry.Parse(Registry(Entry("nice-ng59", "https://www.nice.org.uk/guidance/ng59", "    year: 2020\n    guideline: NG59\n")), File);

        var source = Assert.Single(registry.All);
        Assert.Equal("NICE: A guideline (2020)", source.DisplayName);
        Assert.Equal("NG59", source.Guideline);
        Assert.Equal(new DateOnly(2026, 12, 1), source.Checked);
    }

    [Fact]
    public void Parse_HttpAddress_IsRefusedWithItsLine()
    {
        var error = Assert.Throws<ContentImportException>(() =>
            SourceRegistry.Parse(Registry(Entry("nhs-sciatica", "http://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/")), File));

        Assert.Contains("https", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Line);
    }

    [Theory]
    [InlineData("https://www.windsorhousegrouppractice.co.uk/conditions/sciatica/")]
    [InlineData("https://sheffieldachespains-staging.preflight.site/conditions/back-pain/what-is-back-pain")]
    [InlineData("https://drpharmacy.uk/health-detail/?topic=slipped-disc")]
    [InlineData("https://blog.fht.org.uk/2016/12/01/nice-publishes-updated-guidelines-on-low-back-pain/")]
    [InlineData("https://www.medscape.com/viewarticle/944083_4")]
    [InlineData("https://nice.org.uk.example.com/guidance/ng59")]
    [InlineData("https://notnhs.uk/conditions/sciatica/")]
    public void Parse_HostOutsideThePublisherList_IsRefused(string url)
    {
        var error = Assert.Throws<ContentImportException>(() => SourceRegistry.Parse(Registry(Entry("copy", url)), File));

        Assert.Contains("not a publisher's own site", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.nhs.uk/conditions/sciatica/")]
    [InlineData("https://g-care.glos.nhs.uk/pathway/75/resource/3")]
    [InlineData("https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/")]
    [InlineData("https://pubmed.ncbi.nlm.nih.gov/24239490/")]
    [InlineData("https://doi.org/10.1136/bmj.i6748")]
    [InlineData("https://www.nhc.gov.cn/")]
    public void Parse_PublisherOwnSiteOrSubdomain_IsAccepted(string url)
    {
        Assert.Single(SourceRegistry.Parse(Registry(Entry("ok", url)), File).All);
    }

    [Fact]
    public void Cite_UnknownId_IsRefused()
    {
        var registry = SourceRegistry.Parse(Registry(Entry("nice-ng59", "https://www.nice.org.uk/guidance/ng59")), File);

        var error = Assert.Throws<ContentImportException>(() => registry.Cite("nice-ng99", "a.md", 7));

        Assert.Equal(7, error.Line);
        Assert.Contains("nice-ng99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cite_SupersededGuideline_IsRefusedAndNamesItsReplacement()
    {
        var registry = SourceRegistry.Parse(Registry(
            Entry("old-guideline", "https://www.nice.org.uk/guidance/old", "    superseded_by: new-guideline\n"),
            Entry("new-guideline", "https://www.nice.org.uk/guidance/new")), File);

        var error = Assert.Throws<ContentImportException>(() => registry.Cite("old-guideline", "a.md", 3));

        Assert.Contains("new-guideline", error.Message, StringComparison.Ordinal);
        Assert.Null(registry.CitationProblem("new-guideline"));
    }

    [Fact]
    public void Parse_SupersededByAnUnknownId_IsRefused()
    {
        var error = Assert.Throws<ContentImportException>(() =>
            SourceRegistry.Parse(Registry(Entry("old", "https://www.nice.org.uk/guidance/old", "    superseded_by: nowhere\n")), File));

        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateId_IsRefused()
    {
        var entry = Entry("nhs-back-pain", "https://www.nhs.uk/conditions/back-pain/");
        var error = Assert.Throws<ContentImportException>(() => SourceRegistry.Parse(Registry(entry, entry), File));

        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingCheckedDate_IsRefused()
    {
        var yaml = "sources:\n  - id: a\n    publisher: NHS\n    title: T\n    url: https://www.nhs.uk/\n";
        var error = Assert.Throws<ContentImportException>(() => SourceRegistry.Parse(yaml, File));

        Assert.Contains("checked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderImport_ArticleCitingAnUnknownId_NamesTheFileAndSourcesLine()
    {
        using var temp = new TempFolder();
        temp.Write("sources.yaml", Registry(Entry("nice-ng59", "https://www.nice.org.uk/guidance/ng59")));
        var path = temp.Write("articles/a.md", Samples.Minimal("first", "sources: [nice-ng59, nice-cg99]\n"));

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Equal(path, error.File);
        Assert.Contains("nice-cg99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderImport_OfASubfolder_UsesTheRegistryOfTheFolderAbove()
    {
        using var temp = new TempFolder();
        temp.Write("sources.yaml", Registry(Entry("nice-ng59", "https://www.nice.org.uk/guidance/ng59")));
        temp.Write("articles/a.md", Samples.Minimal("first", "sources: [nice-ng59]\n"));

        var batch = MarkdownFolderImporter.Read(Path.Combine(temp.Path, "articles"), KnownIds.None);

        Assert.Equal("https://www.nice.org.uk/guidance/ng59", Assert.Single(Assert.Single(batch.Articles).References).Url);
    }

    [Fact]
    public void FolderImport_ArticleCitingIds_GetsLinksNamedPublisherTitleYear()
    {
        using var temp = new TempFolder();
        temp.Write("sources.yaml", Registry(Entry("nice-ng59", "https://www.nice.org.uk/guidance/ng59", "    year: 2020\n")));
        temp.Write("articles/a.md", Samples.Minimal("first", "sources: [nice-ng59]\n"));

        var article = Assert.Single(MarkdownFolderImporter.Read(temp.Path, KnownIds.None).Articles);

        var reference = Assert.Single(article.References);
        Assert.Equal("NICE: A guideline (2020)", reference.Name);
        Assert.Equal("https://www.nice.org.uk/guidance/ng59", reference.Url);
    }

    [Fact]
    public void BundledRegistry_LoadsAndEverySourceIsOnATrustedHostOverHttps()
    {
        var registry = SourceRegistryFile.ReadFolder(RepositoryPaths.Content);

        Assert.True(registry.All.Count >= 40, $"only {registry.All.Count} sources");
        Assert.All(registry.All, s => Assert.Null(TrustedPublishers.Problem(s.Url)));
    }
}
