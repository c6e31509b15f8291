using System.Text.RegularExpressions;
using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

/// <summary>
/// Issue 13: the questions a spine department's patients ask most each have an article of ours, in the
/// shape a reader can rely on (key points, what it is, what helps, when to get help, two or more sources).
/// </summary>
public sealed partial class PatientTopicCoverageTests
{
    private static readonly Lazy<ContentBatch> Bundled = new(() => MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None));

    /// <summary>One article per topic the issue lists, by slug.</summary>
    public static TheoryData<string> PatientTopicArticles() =>
    [
        "low-back-pain-looking-after-yourself",
        "neck-pain",
        "pain-medicines-for-back-pain-and-sciatica",
        "spinal-stenosis",
        "spondylolisthesis",
        "when-do-you-need-an-mri-or-x-ray-for-back-pain",
        "osteoporotic-spine-fractures",
        "back-and-pelvic-pain-in-pregnancy",
        "spinal-injections-and-radiofrequency-denervation",
        "recovery-after-spine-surgery",
        "whiplash",
        "axial-spondyloarthritis",
        "back-pain-in-children-and-teenagers",
        "spinal-infection",
        "pain-management-programmes",
        "fit-notes-and-returning-to-work-with-back-pain",
        "disc-regrowth-subluxation-and-detox-claims",
    ];

    [Fact]
    public void BundledContent_PublishesAtLeastThirtySixArticles()
    {
        var published = Bundled.Value.Articles.Count(a => a.Status == ArticleStatus.Published);
        Assert.True(published >= 36, $"only {published} published articles");
    }

    [Theory]
    [MemberData(nameof(PatientTopicArticles))]
    public void PatientTopic_HasAPublishedArticleWithTheFourSectionsAndTwoSources(string slug)
    {
        var article = Assert.Single(Bundled.Value.Articles, a => a.Slug == slug);
        Assert.Equal(ArticleStatus.Published, article.Status);
        var headings = Headings(article.Body);
        foreach (var section in new[] { "Key points", "What it is", "What helps", "When to get help" })
        {
            Assert.True(headings.Contains(section), $"{slug} has no '## {section}' section (it has: {string.Join(", ", headings)})");
        }

        Assert.True(article.References.Count >= 2, $"{slug} cites {article.References.Count} source(s)");
    }

    [Fact]
    public void BundledArticles_EachHaveKeyPointsAndWhenToGetHelp()
    {
        foreach (var article in Bundled.Value.Articles.Where(a => a.Language == ArticleLanguages.English))
        {
            var headings = Headings(article.Body);
            Assert.True(headings.Contains("Key points"), $"{article.Slug} has no key points");
            Assert.True(headings.Contains("When to get help"), $"{article.Slug} does not say when to get help");
        }
    }

    [Theory]
    [MemberData(nameof(PatientTopicArticles))]
    public void PatientTopic_EmergencySectionNamesTheDepartmentNotAUkOnlyNumber(string slug)
    {
        // The department is not in the UK: "999", "A&E" and "111" mean nothing to its patients.
        var article = Assert.Single(Bundled.Value.Articles, a => a.Slug == slug);
        Assert.Contains("emergency department", article.Body, StringComparison.Ordinal);
        Assert.DoesNotMatch(UkOnlyServices(), article.Body);
    }

    private static HashSet<string> Headings(string body) =>
        SectionHeading().Matches(body).Select(m => m.Groups[1].Value.Trim()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^##\s+(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"\b999\b|\bA&E\b|\b111\b")]
    private static partial Regex UkOnlyServices();
}
