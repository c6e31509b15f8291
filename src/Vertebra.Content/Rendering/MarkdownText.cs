namespace Vertebra.Content.Rendering;

/// <summary>The words of Markdown without its markup, for search. Never throws on hostile nesting.</summary>
public static class MarkdownText
{
    public static string ToPlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (MarkdownLimits.CheckNesting(markdown) is not null)
        {
            return markdown; // too deeply nested to parse safely: the raw words are still searchable
        }

        try
        {
            return Markdig.Markdown.ToPlainText(markdown);
        }
        catch (ArgumentException)
        {
            return markdown; // Markdig's own depth limit, for anything the check above let through
        }
    }
}
