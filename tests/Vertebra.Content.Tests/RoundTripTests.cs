using Vertebra.Content.Export;
using Vertebra.Content.Import;
using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Content.Tests.Support;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

public sealed class RoundTripTests
{
    public static TheoryData<string> BundledArticleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Content, "articles"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BundledArticleFiles))]
    public void WriteThenParse_BundledArticle_GivesTheSameArticle(string fileName)
    {
        var path = Path.Combine(RepositoryPaths.Content, "articles", fileName);
        var original = ArticleMarkdownReader.Parse(File.ReadAllText(path), path);

        var written = ArticleMarkdownWriter.Write(original);
        var again = ArticleMarkdownReader.Parse(written, "written.md");

        ArticleAssert.Equal(original, again);
        Assert.Equal(written, ArticleMarkdownWriter.Write(again));
    }

    [Fact]
    public void WriteThenParse_EveryFieldSet_GivesTheSameArticle()
    {
        var original = ArticleMarkdownReader.Parse(Samples.FullArticle, "full.md");
        ArticleAssert.Equal(original, ArticleMarkdownReader.Parse(ArticleMarkdownWriter.Write(original), "written.md"));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("true")]
    [InlineData("no")]
    [InlineData("2026")]
    [InlineData("1.5")]
    [InlineData("- looks like a list")]
    [InlineData("# looks like a comment")]
    [InlineData("key: value")]
    [InlineData("'single' and \"double\" quotes")]
    [InlineData("---")]
    [InlineData("Ünïcödé, 中文 and an emoji 👍🏽")]
    [InlineData("ends with a colon:")]
    [InlineData("[in brackets]")]
    [InlineData("{in braces}")]
    [InlineData("& anchor * alias ! tag % directive @ at ` backtick")]
    public void WriteThenParse_TrickyYamlText_KeepsTheText(string text)
    {
        var original = new Article
        {
            Slug = "tricky",
            Title = text,
            Summary = text,
            Body = text + "\n",
            Author = text,
            MedicalReviewer = text,
            References = [new Reference(text, "https://example.org/?q=a&b=c#frag")],
            Attribution = new Attribution(text, null, text),
            Topics = ["a-topic"],
        };

        var again = ArticleMarkdownReader.Parse(ArticleMarkdownWriter.Write(original), "written.md");
        ArticleAssert.Equal(original, again);
    }

    [Fact]
    public void WriteThenParse_BodyWithAFenceLikeLine_KeepsTheWholeBody()
    {
        var original = new Article { Slug = "fence", Title = "Fence", Summary = "S.", Body = "Before.\n\n---\n\nAfter the rule.\n" };
        var again = ArticleMarkdownReader.Parse(ArticleMarkdownWriter.Write(original), "written.md");
        ArticleAssert.Equal(original, again);
    }

    [Fact]
    public void WriteThenParse_MultiLineSummary_KeepsTheText()
    {
        var original = new Article { Slug = "lines", Title = "Lines", Summary = "First line.\nSecond line.", Body = "Body.\n" };
        var again = ArticleMarkdownReader.Parse(ArticleMarkdownWriter.Write(original), "written.md");
        ArticleAssert.Equal(original, again);
    }

    [Fact]
    public void FolderRoundTrip_BundledContent_ReadsBackTheSameBatch()
    {
        var first = MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None);
        using var temp = new TempFolder();

        var written = MarkdownFolderExporter.Write(temp.Path, first.Articles, first.Topics, first.ConditionGroups, first.Conditions, first.Clinics);
        var second = MarkdownFolderImporter.Read(temp.Path, KnownIds.None);

        Assert.Equal(first.Articles.Count, written);
        ArticleAssert.SameBatch(first, second);
        Assert.Equal(first.Skipped, second.Skipped.Select(s => s with { Where = s.Where.Replace(temp.Path, RepositoryPaths.Content, StringComparison.Ordinal) }));
    }

    [Fact]
    public void FolderRoundTrip_TwiceOver_WritesIdenticalFiles()
    {
        var first = MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None);
        using var a = new TempFolder();
        using var b = new TempFolder();
        MarkdownFolderExporter.Write(a.Path, first.Articles, first.Topics, first.ConditionGroups, first.Conditions, first.Clinics);
        var second = MarkdownFolderImporter.Read(a.Path, KnownIds.None);
        MarkdownFolderExporter.Write(b.Path, second.Articles, second.Topics, second.ConditionGroups, second.Conditions, second.Clinics);

        var filesA = Directory.EnumerateFiles(a.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Path, f)).Order(StringComparer.Ordinal).ToList();
        var filesB = Directory.EnumerateFiles(b.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b.Path, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(filesA, filesB);
        foreach (var file in filesA)
        {
            Assert.True(File.ReadAllText(Path.Combine(a.Path, file)) == File.ReadAllText(Path.Combine(b.Path, file)), $"{file} differs between two exports");
        }
    }
}
