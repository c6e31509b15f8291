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
}
