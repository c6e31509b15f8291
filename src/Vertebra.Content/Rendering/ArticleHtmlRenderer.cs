using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Vertebra.Content.Rendering;

/// <summary>
/// Markdown to safe HTML: Markdig with raw HTML switched off, then HtmlSanitizer allowing only http, https and mailto
/// links. Level-one headings are demoted, because the page's title is its only h1. Text nested beyond
/// <see cref="MarkdownLimits"/> is shown as plain paragraphs instead of being parsed, so no article can break its page.
/// Thread-safe; build once.
/// </summary>
public sealed class ArticleHtmlRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (MarkdownLimits.CheckNesting(markdown) is not null)
        {
            return PlainParagraphs(markdown);
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException)
        {
            return PlainParagraphs(markdown); // Markdig's own depth limit, for anything the check let through
        }

        var headings = document.Descendants<HeadingBlock>().ToList();
        GiveIds(markdown, headings);
        foreach (var heading in headings)
        {
            if (heading.Level == 1)
            {
                heading.Level = 2;
            }
        }

        var html = document.ToHtml(_pipeline);
        return _sanitizer.Sanitize(html);
    }

    /// <summary>
    /// Every heading gets an id: level-two headings the anchors <see cref="Markdown.ArticleSections"/> gives their
    /// sections (the search index links to them), the others unique anchors of their own.
    /// </summary>
    private static void GiveIds(string markdown, List<HeadingBlock> headings)
    {
        var sections = headings.Where(h => h.Level == 2 && !h.IsSetext).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var sectionAnchors = Slugs.Anchors(sections.Select(h => HeadingText(markdown, h)), taken);
        var others = headings.Except(sections).ToList();
        var otherAnchors = Slugs.Anchors(others.Select(h => HeadingText(markdown, h)), taken);
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i].GetAttributes().Id = sectionAnchors[i];
        }

        for (var i = 0; i < others.Count; i++)
        {
            others[i].GetAttributes().Id = otherAnchors[i];
        }
    }

    /// <summary>A heading's text as typed: its first source line without the leading and closing <c>#</c> marks.</summary>
    private static string HeadingText(string markdown, HeadingBlock heading)
    {
        var line = markdown.Substring(heading.Span.Start, Math.Min(heading.Span.Length, markdown.Length - heading.Span.Start)).Split('\n')[0];
        return line.Trim().TrimStart('#').TrimEnd('#').Trim();
    }

    /// <summary>The text as it was typed, encoded, one paragraph per blank-line-separated block.</summary>
    private static string PlainParagraphs(string markdown)
    {
        var html = new System.Text.StringBuilder(markdown.Length + 64);
        foreach (var block in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(block)).Append("</p>\n");
        }

        return html.ToString();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        return sanitizer;
    }
}
