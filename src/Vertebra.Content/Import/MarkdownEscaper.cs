using System.Text;

namespace Vertebra.Content.Import;

/// <summary>Turns third-party plain text into Markdown that renders as the same plain text.</summary>
internal static class MarkdownEscaper
{
    // + = ^ are emphasis marks too (inserted, marked, superscript text).
    private const string Special = "\\`*_{}[]<>#|!~+=^";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Plain text with paragraphs on their own lines becomes escaped Markdown paragraphs.</summary>
    public static string Paragraphs(string text) =>
        string.Join("\n\n", text.Split('\n')
            .Select(line => CollapseSpaces(line.Trim()))
            .Where(line => line.Length > 0)
            .Select(line => EscapeLineStart(Escape(line))));

    private static string EscapeLineStart(string line)
    {
        // A paragraph that starts like a list item or a numbered item would change meaning in Markdown.
        if (line.Length > 1 && (line[0] is '-' or '+') && line[1] == ' ')
        {
            return "\\" + line;
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < line.Length - 1 && line[digits] is '.' or ')' && line[digits + 1] == ' '
            ? line[..digits] + "\\" + line[digits..]
            : line;
    }

    private static string CollapseSpaces(string line)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
