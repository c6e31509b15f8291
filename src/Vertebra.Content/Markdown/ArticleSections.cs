using System.Text.RegularExpressions;

namespace Vertebra.Content.Markdown;

/// <summary>One level-two section of an article: its heading, the anchor that heading has on the page, and its text.</summary>
/// <param name="Heading">The heading as written (without the <c>##</c>).</param>
/// <param name="Anchor">The heading's id on the article page, unique in the article (<see cref="Slugs.Anchors"/>).</param>
/// <param name="Text">The Markdown under the heading, up to the next level-two heading.</param>
public sealed record ArticleSection(string Heading, string Anchor, string Text);

/// <summary>
/// Splits an article's Markdown at its level-two headings. The search index (a section is a search document with a
/// link to <c>#anchor</c>), the answer page (which shows the matched section) and the rendered page (whose headings
/// carry these ids) all take sections and anchors from here, so a link always finds its heading.
/// </summary>
public static partial class ArticleSections
{
    public static IReadOnlyList<ArticleSection> Of(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var matches = Section().Matches(markdown);
        var headings = matches.Select(m => m.Groups["heading"].Value.Trim()).ToList();
        var anchors = Slugs.Anchors(headings);
        return matches.Select((m, i) => new ArticleSection(headings[i], anchors[i], m.Groups["text"].Value)).ToList();
    }

    [GeneratedRegex(@"^##\s+(?<heading>[^\n]+)\n(?<text>(?:(?!^##\s).*\n?)*)", RegexOptions.Multiline)]
    private static partial Regex Section();
}
