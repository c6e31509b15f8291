using Vertebra.Content.Import;
using Vertebra.Content.Markdown;
using Vertebra.Content.Tests.Support;

namespace Vertebra.Content.Tests;

/// <summary>
/// Issue 19, findings 12 and 14: an article may not take a slug the editor's own pages use ("new"), and titles
/// and summaries have a length limit.
/// </summary>
public sealed class ReservedSlugAndLengthTests
{
    [Theory]
    [InlineData("New")]
    [InlineData("new")]
    [InlineData(" NEW! ")]
    public void PageImport_TitleNew_DoesNotGetTheSlugTheEditorUses(string title)
    {
        var batch = SavedPageImporter.Parse("Some text about backs.\n", "page.txt", new SavedPageImporter.Options { Title = title });

        Assert.NotEqual("new", Assert.Single(batch.Articles).Slug);
    }

    [Fact]
    public void MarkdownArticle_SlugNew_IsRefusedNamingTheLine()
    {
        var ex = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(Samples.Minimal(slug: "new"), "articles/new.md"));

        Assert.Contains("new", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void MarkdownArticle_TitleOverTheLimit_IsRefused()
    {
        var text = Samples.Minimal().Replace("title: Minimal article", "title: " + new string('a', 5000), StringComparison.Ordinal);

        var ex = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(text, "articles/long.md"));

        Assert.Contains("title", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownArticle_SummaryOverTheLimit_IsRefused()
    {
        var text = Samples.Minimal().Replace("summary: A summary.", "summary: " + new string('a', 50_000), StringComparison.Ordinal);

        var ex = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(text, "articles/long.md"));

        Assert.Contains("summary", ex.Message, StringComparison.Ordinal);
    }
}
