using Ganss.Xss;
using Markdig;
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
        .UseAutoIdentifiers()
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

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                heading.Level = 2;
            }
        }

        var html = document.ToHtml(_pipeline);
        return _sanitizer.Sanitize(html);
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
