using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Content.Tests.Support;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

public sealed class SavedPageImporterTests
{
    private const string Seed = "seeds/000_d09882d08a2cb8d9.txt";

    [SharedDataFact(Seed)]
    public void Read_Seed000_BecomesOneDraftArticleTitledWithTheFirstShortQuestion()
    {
        var batch = SavedPageImporter.Read(RepositoryPaths.SharedFile(Seed));

        var article = Assert.Single(batch.Articles);
        Assert.Equal("Can massage reduce lumbar disc herniation?", article.Title);
        Assert.Equal("can-massage-reduce-lumbar-disc-herniation", article.Slug);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal("Imported page", article.Author);
        Assert.Null(article.MedicalReviewer);
        Assert.StartsWith("After suffering from lumbar disc herniation", article.Body, StringComparison.Ordinal);
        Assert.Contains("perforaminal endoscopic discectomy", article.Body, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(article.Summary));
        Assert.True(article.Summary.Length <= 201, article.Summary);
        Assert.Empty(batch.QaPairs);
    }

    [SharedDataFact(Seed)]
    public void Read_Seed000_CapturesThePreviousAndNextTitlesAsAPageLink()
    {
        var batch = SavedPageImporter.Read(RepositoryPaths.SharedFile(Seed));

        var link = Assert.Single(batch.PageLinks);
        Assert.Equal(batch.Articles[0].Slug, link.ArticleSlug);
        Assert.Equal("TCM treatment of lumbar disc bulging", link.PreviousTitle);
        Assert.Equal("Can bone setting cure lumbar disc herniation?", link.NextTitle);
        Assert.DoesNotContain("<<:", batch.Articles[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(">>:", batch.Articles[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("TCM treatment of lumbar disc bulging", batch.Articles[0].Body, StringComparison.Ordinal);
    }

    [SharedDataFact(Seed)]
    public void Read_Seed000_DropsEveryTeaserLine()
    {
        var path = RepositoryPaths.SharedFile(Seed);
        var teasers = File.ReadAllLines(path).Where(l => l.TrimEnd().EndsWith("...", StringComparison.Ordinal) && l.Length <= 120).ToList();
        Assert.True(teasers.Count >= 10, $"expected the seed to hold teaser lines, found {teasers.Count}");

        var batch = SavedPageImporter.Read(path);
        var body = batch.Articles[0].Body;

        foreach (var teaser in teasers)
        {
            var text = teaser.Trim()[..^3];
            Assert.DoesNotContain(text, body, StringComparison.Ordinal);
            Assert.DoesNotContain(text, batch.Articles[0].Summary, StringComparison.Ordinal);
        }

        Assert.Equal(teasers.Count, batch.Skipped.Count);
        Assert.DoesNotContain("...", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Thyroid", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Golden cicada", body, StringComparison.Ordinal);
    }

    [SharedDataFact(Seed)]
    public void Read_Seed000_RemovesTheStrayPipeAtTheEndOfTheFirstParagraph()
    {
        var body = SavedPageImporter.Read(RepositoryPaths.SharedFile(Seed)).Articles[0].Body;
        Assert.DoesNotContain("|", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OptionsGiveTitleAndStatus()
    {
        var batch = SavedPageImporter.Parse("Some text about backs. More text.\n", "page.txt",
            new SavedPageImporter.Options { Title = "My own title", Status = ArticleStatus.Published, Author = "Editor" });

        var article = Assert.Single(batch.Articles);
        Assert.Equal("My own title", article.Title);
        Assert.Equal("my-own-title", article.Slug);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal("Editor", article.Author);
        Assert.Empty(batch.PageLinks);
    }

    [Fact]
    public void Parse_MarkdownHeading_BecomesTheTitle()
    {
        var batch = SavedPageImporter.Parse("# Living with sciatica\n\nIs it serious? Usually not.\n", "page.txt", new SavedPageImporter.Options());
        var article = Assert.Single(batch.Articles);
        Assert.Equal("Living with sciatica", article.Title);
        Assert.DoesNotContain("Living with sciatica", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextThatLooksLikeMarkdownOrHtml_IsEscaped()
    {
        var batch = SavedPageImporter.Parse("Plain words. <script>alert(1)</script> and *stars* and [x](javascript:alert(1)).\n", "page.txt", new SavedPageImporter.Options());
        var html = new Rendering.ArticleHtmlRenderer().Render(batch.Articles[0].Body);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("<<: Previous title\n>>: Next title\nA teaser of another article...\n")]
    public void Parse_PageWithoutArticleText_IsRefused(string text)
    {
        var error = Assert.Throws<ContentImportException>(() => SavedPageImporter.Parse(text, "page.txt", new SavedPageImporter.Options()));
        Assert.Equal("page.txt", error.File);
        Assert.Contains("no article text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_IsRefused()
    {
        using var temp = new TempFolder();
        var path = temp.Write("page.txt", "");
        var error = Assert.Throws<ContentImportException>(() => SavedPageImporter.Read(path));
        Assert.Equal(path, error.File);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }
}
