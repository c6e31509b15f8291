using Vertebra.Content.Rendering;

namespace Vertebra.Content.Tests;

/// <summary>
/// Issue 19, finding 2: deeply nested Markdown (quotes, brackets, lists, emphasis) must never make rendering throw,
/// because one such article used to 500 its page and stop search indexing for the whole site.
/// </summary>
public sealed class MarkdownNestingTests
{
    private readonly ArticleHtmlRenderer _renderer = new();

    public static TheoryData<string, string> Hostile => new()
    {
        { "130 quote markers", new string('>', 130) + " deep" },
        { "128 quote markers", new string('>', 128) + " deep" },
        { "130 open brackets", new string('[', 130) + " deep" },
        { "128 open brackets", new string('[', 128) + " deep" },
        { "64 nested list levels", string.Concat(Enumerable.Range(0, 64).Select(i => new string(' ', i * 2) + "- level\n")) },
        { "MedQuAD ++ emphasis", string.Concat(Enumerable.Repeat("++a ", 130)) + string.Concat(Enumerable.Repeat("a++ ", 130)) },
        { "nested emphasis", new string('*', 300) + "a" + new string('*', 300) },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Render_DeeplyNestedMarkdown_GivesHtmlInsteadOfThrowing(string name, string markdown)
    {
        var html = _renderer.Render("Intro paragraph.\n\n" + markdown + "\n");

        Assert.False(string.IsNullOrEmpty(html), name);
        Assert.Contains("Intro paragraph.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void ToPlainText_DeeplyNestedMarkdown_GivesTheTextInsteadOfThrowing(string name, string markdown)
    {
        var text = MarkdownText.ToPlainText("Intro paragraph.\n\n" + markdown + "\n");

        Assert.Contains("Intro paragraph.", text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(text), name);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void CheckLimits_DeeplyNestedMarkdown_IsRefusedBeforeParsing(string name, string markdown)
    {
        var problem = MarkdownLimits.Check(markdown);

        Assert.True(problem is { Length: > 0 }, name);
    }

    [Fact]
    public void CheckLimits_OrdinaryArticle_PassesWithNoProblem()
    {
        var markdown = "## What it is\n\n> A quote, **bold** and *soft*.\n\n- one\n  - two\n    - three\n\n[NHS](https://www.nhs.uk) and [[note]].\n\n***\n\n" + new string('-', 200) + "\n";

        Assert.Null(MarkdownLimits.Check(markdown));
    }

    [Fact]
    public void CheckLimits_TextOverTheSizeLimit_IsRefusedWithTheLimitNamed()
    {
        var problem = MarkdownLimits.Check(new string('a', MarkdownLimits.MaxChars + 1));

        Assert.NotNull(problem);
        Assert.Contains(MarkdownLimits.MaxChars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckLimits_EveryBundledArticle_IsWithinTheLimits()
    {
        var folder = Path.Combine(Vertebra.Tests.Shared.RepositoryPaths.Root, "content", "articles");
        var files = Directory.GetFiles(folder, "*.md");

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Null(MarkdownLimits.CheckNesting(File.ReadAllText(f))));
    }
}
