using Vertebra.Content.Import;
using Vertebra.Content.Markdown;
using Vertebra.Content.Rendering;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

/// <summary>
/// A section's anchor is the same wherever it is made (search index, answer page, rendered article), so a link to a
/// section always lands on its heading, in English and in Chinese.
/// </summary>
public sealed class SectionAnchorTests
{
    private static readonly Lazy<ContentBatch> Bundled = new(() => MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None));
    private readonly ArticleHtmlRenderer renderer = new();

    [Theory]
    [InlineData("Key points", "key-points")]
    [InlineData("Traction: two views", "traction-two-views")]
    [InlineData("Spina bifida occulta (hidden spina bifida)", "spina-bifida-occulta-hidden-spina-bifida")]
    [InlineData("要点", "要点")]
    [InlineData("什么时候要马上去医院？", "什么时候要马上去医院")]
    [InlineData("按摩 与 推拿", "按摩-与-推拿")]
    [InlineData("???", "section")]
    public void Anchor_OfAHeading_KeepsLettersOfEveryScript(string heading, string expected) =>
        Assert.Equal(expected, Slugs.Anchor(heading));

    [Fact]
    public void Anchor_OfAnEnglishHeading_IsItsTitleSlug()
    {
        foreach (var heading in new[] { "What massage can do", "When to get help", "Surgery: what it involves", "Day 1-14" })
        {
            Assert.Equal(Slugs.FromTitle(heading), Slugs.Anchor(heading));
        }
    }

    [Fact]
    public void Anchors_RepeatedHeadings_AreMadeUnique() =>
        Assert.Equal(["notes", "notes-2", "要点", "notes-3"], Slugs.Anchors(["Notes", "Notes", "要点", "Notes"]));

    [Fact]
    public void Sections_OfAChineseArticle_EachHaveTheirOwnAnchor()
    {
        var sections = ArticleSections.Of("导语。\n\n## 要点\n\n不能推回去。\n\n## 什么时候去医院\n\n马上去。\n");

        Assert.Equal(["要点", "什么时候去医院"], sections.Select(s => s.Anchor));
        Assert.Contains("不能推回去", sections[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBundledArticle_SectionAnchors_AreUniqueAndAreIdsOfItsRenderedHeadings()
    {
        var articles = Bundled.Value.Articles;
        Assert.Contains(articles, a => a.Language == "zh");
        foreach (var article in articles)
        {
            var sections = ArticleSections.Of(article.Body);
            var html = renderer.Render(article.Body);
            Assert.Equal(sections.Count, sections.Select(s => s.Anchor).Distinct(StringComparer.Ordinal).Count());
            foreach (var section in sections)
            {
                Assert.True(html.Contains($"id=\"{section.Anchor}\"", StringComparison.Ordinal), $"{article.Slug}: no heading with id {section.Anchor} for \"{section.Heading}\".");
            }
        }
    }
}
