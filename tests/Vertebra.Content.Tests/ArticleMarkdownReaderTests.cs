using Vertebra.Content.Import;
using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Content.Tests.Support;

namespace Vertebra.Content.Tests;

public sealed class ArticleMarkdownReaderTests
{
    private const string File = "articles/test.md";

    [Fact]
    public void Parse_GoodArticle_ReadsEveryField()
    {
        var article = ArticleMarkdownReader.Parse(Samples.FullArticle, File);

        Assert.Equal("sample-article", article.Slug);
        Assert.Equal("Sample: a good article", article.Title);
        Assert.Equal("A short summary for patients.", article.Summary);
        Assert.Equal("# A heading\n\nBody text with **bold** and a [link](https://example.org/).\n", article.Body);
        Assert.Equal(["slipped-disc", "treatments"], article.Topics);
        Assert.Equal(["lumbar-disc-herniation", "cervical-disc-herniation"], article.Conditions);
        Assert.Equal("Dr Example", article.Author);
        Assert.Equal("Dr Reviewer", article.MedicalReviewer);
        Assert.True(article.IsClinicallyReviewed);
        Assert.Equal(ArticleStatus.InReview, article.Status);
        Assert.Equal(new DateOnly(2026, 1, 2), article.Published);
        Assert.Equal(new DateOnly(2026, 3, 4), article.LastReviewed);
        Assert.Equal(new DateOnly(2027, 3, 4), article.NextReviewDue);
        Assert.Equal("en", article.Language); // en-GB: the site has one English edition
        Assert.True(article.Featured);
        Assert.Equal("other-article", article.PreviousSlug);
        Assert.Equal("third-article", article.NextSlug);
        Assert.Equal(
            [new Reference("NHS: Sciatica", "https://www.nhs.uk/conditions/sciatica/"), new Reference("NASS guideline", "https://pubmed.ncbi.nlm.nih.gov/24239490/")],
            article.References);
        Assert.Equal(new Attribution("National Institutes of Health", "https://www.ninds.nih.gov/", "CC BY 4.0"), article.Attribution);
    }

    [Fact]
    public void Parse_MinimalArticle_UsesDefaults()
    {
        var article = ArticleMarkdownReader.Parse(Samples.Minimal(), File);

        Assert.Equal("Vertebra spine team", article.Author);
        Assert.Null(article.MedicalReviewer);
        Assert.False(article.IsClinicallyReviewed);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal("en", article.Language);
        Assert.False(article.Featured);
        Assert.Empty(article.Topics);
        Assert.Empty(article.References);
        Assert.Null(article.Attribution);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_WindowsLineEndings_ReadLikeUnixOnes()
    {
        var unix = ArticleMarkdownReader.Parse(Samples.FullArticle, File);
        var windows = ArticleMarkdownReader.Parse(Samples.FullArticle.Replace("\n", "\r\n", StringComparison.Ordinal), File);
        ArticleAssert.Equal(unix, windows);
    }

    [Fact]
    public void Parse_EmptyMedicalReviewer_MeansNotClinicallyReviewed()
    {
        var article = ArticleMarkdownReader.Parse(Samples.Minimal(extraFront: "medical_reviewer:\n"), File);
        Assert.Null(article.MedicalReviewer);
        Assert.False(article.IsClinicallyReviewed);
    }

    [Fact]
    public void Parse_MissingOpeningFence_NamesFileAndLineOne()
    {
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse("slug: a\ntitle: b\n", File));
        AssertNames(error, 1, "---");
    }

    [Fact]
    public void Parse_UnclosedFence_NamesFileAndLine()
    {
        var error = Assert.Throws<ContentImportException>(() =>
            ArticleMarkdownReader.Parse("---\nslug: a\ntitle: b\nsummary: c\n\nBody text.\n", File));
        AssertNames(error, 1, "never closed");
    }

    [Fact]
    public void Parse_InvalidYaml_NamesFileAndTheLineOfTheMistake()
    {
        var text = "---\nslug: a\ntitle: b\nsummary: c: d\n---\n\nBody.\n";
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(text, File));
        AssertNames(error, 4, "not valid");
    }

    [Theory]
    [InlineData("featured: maybe\n")]
    [InlineData("topics: {a: b}\n")]
    [InlineData("references: just text\n")]
    public void Parse_ValueOfTheWrongShape_NamesFileAndLine(string line)
    {
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(Samples.Minimal(extraFront: line), File));
        AssertNames(error, 5, "not valid");
    }

    [Fact]
    public void Parse_UnknownKey_NamesFileLineAndKey()
    {
        var text = Samples.Minimal(extraFront: "colour: blue\n");
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(text, File));
        AssertNames(error, 5, "colour");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("slug")]
    [InlineData("summary")]
    public void Parse_MissingRequiredField_NamesFileLineAndField(string key)
    {
        var lines = Samples.Minimal().Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal));
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(string.Join('\n', lines), File));
        Assert.NotNull(error.Line);
        AssertNames(error, error.Line.Value, $"'{key}'");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    public void Parse_EmptyRequiredField_NamesTheFieldsLine(string key)
    {
        var text = Samples.Minimal().Replace(key == "title" ? "title: Minimal article" : "summary: A summary.", key + ": ''", StringComparison.Ordinal);
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(text, File));
        AssertNames(error, key == "title" ? 3 : 4, $"'{key}'");
    }

    [Theory]
    [InlineData("Bad_Slug")]
    [InlineData("UPPER")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("spaces in it")]
    public void Parse_BadSlug_NamesFileLineAndSlug(string slug)
    {
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(Samples.Minimal(slug), File));
        AssertNames(error, 2, slug);
    }

    [Theory]
    [InlineData("published", "2026-13-01")]
    [InlineData("published", "23/11/2026")]
    [InlineData("last_reviewed", "2026-02-30")]
    [InlineData("next_review_due", "next year")]
    public void Parse_BadDate_NamesFileLineAndField(string key, string value)
    {
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(Samples.Minimal(extraFront: $"{key}: {value}\n"), File));
        AssertNames(error, 5, key);
    }

    [Fact]
    public void Parse_UnknownStatus_NamesFileLineAndStatus()
    {
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(Samples.Minimal(extraFront: "status: live\n"), File));
        AssertNames(error, 5, "live");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/file")]
    [InlineData("not a web address")]
    [InlineData("/relative/path")]
    public void Parse_BadReferenceUrl_NamesFileLineAndUrl(string url)
    {
        var front = $"references:\n  - name: Somewhere\n    url: \"{url}\"\n";
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(Samples.Minimal(extraFront: front), File));
        AssertNames(error, 5, url);
    }

    [Fact]
    public void Parse_ReferenceWithoutUrl_NamesFileAndLine()
    {
        var front = "references:\n  - name: Somewhere\n";
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(Samples.Minimal(extraFront: front), File));
        AssertNames(error, 5, "url");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t\n")]
    public void Parse_EmptyBody_NamesFileAndTheLineAfterTheFrontMatter(string body)
    {
        var text = "---\nslug: a\ntitle: b\nsummary: c\n---\n" + body;
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(text, File));
        AssertNames(error, 6, "no body");
    }

    private static void AssertNames(ContentImportException error, int line, string problemPart)
    {
        Assert.Equal(File, error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"{File}, line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problemPart, error.Message, StringComparison.Ordinal);
    }
}
