using System.Globalization;

namespace Vertebra.Content.Rendering;

/// <summary>
/// Size and nesting limits checked in one linear pass before Markdown is parsed. Markdig refuses input nested deeper
/// than it can handle by throwing, after it has spent the work: a line of 128 <c>&gt;</c> or <c>[</c>, 64 nested list
/// levels or a long run of emphasis openers (MedQuAD's <c>++a ++a …</c>) used to turn into a 500 page and stop search
/// indexing. Real articles nest a few levels; the limits here are far above that and far below Markdig's.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>The longest text the editor's preview renders (characters).</summary>
    public const int MaxChars = 200_000;

    /// <summary>Block quotes and list levels on one line.</summary>
    public const int MaxBlockNesting = 24;

    /// <summary>Unescaped link brackets in one paragraph.</summary>
    public const int MaxBrackets = 64;

    /// <summary>Unescaped emphasis delimiters (<c>* _ + = ~ ^</c>) in one paragraph.</summary>
    public const int MaxDelimiters = 128;

    /// <summary>A plain sentence naming what is over a limit, or null when the text is within every limit.</summary>
    public static string? Check(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (markdown.Length > MaxChars)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The text is {markdown.Length:N0} characters long. The most the preview shows is {MaxChars:N0}.");
        }

        return CheckNesting(markdown);
    }

    /// <summary>Like <see cref="Check"/> but without the size limit (stored articles may be longer than a preview).</summary>
    public static string? CheckNesting(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var line = 1;
        var brackets = 0;
        var delimiters = 0;
        var start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            var text = markdown.AsSpan(start, end - start);
            if (text.IsWhiteSpace())
            {
                brackets = 0;
                delimiters = 0;
            }
            else
            {
                if (BlockNesting(text) > MaxBlockNesting)
                {
                    return $"Line {line} is nested too deeply: quotes or lists more than {MaxBlockNesting} levels.";
                }

                if (!IsThematicBreak(text))
                {
                    CountInline(text, ref brackets, ref delimiters);
                    if (brackets > MaxBrackets)
                    {
                        return $"The text near line {line} is nested too deeply: more than {MaxBrackets} link brackets in one paragraph.";
                    }

                    if (delimiters > MaxDelimiters)
                    {
                        return $"The text near line {line} is nested too deeply: more than {MaxDelimiters} emphasis marks (* _ + = ~ ^) in one paragraph.";
                    }
                }
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    /// <summary>Quote markers and list markers before the line's text, with every two spaces of indent as a level.</summary>
    private static int BlockNesting(ReadOnlySpan<char> line)
    {
        var levels = 0;
        var spaces = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case ' ':
                    spaces++;
                    break;
                case '\t':
                    spaces += 4;
                    break;
                case '>':
                    levels++;
                    break;
                case '-' or '*' or '+' when i + 1 < line.Length && line[i + 1] is ' ' or '\t':
                    levels++;
                    break;
                default:
                    return levels + (spaces / 2);
            }
        }

        return levels + (spaces / 2);
    }

    private static void CountInline(ReadOnlySpan<char> line, ref int brackets, ref int delimiters)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\')
            {
                i++; // an escaped character is text
                continue;
            }

            if (c == '[')
            {
                brackets++;
            }
            else if (c is '*' or '_' or '+' or '=' or '~' or '^')
            {
                delimiters++;
            }
        }
    }

    /// <summary>A line of only <c>*</c>, <c>-</c>, <c>_</c> or <c>=</c> and spaces (a rule or a heading underline).</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var mark = trimmed[0];
        if (mark is not ('*' or '-' or '_' or '='))
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (c != mark && c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
