namespace Vertebra.Claims.Matching;

/// <summary>
/// Splits text into sentences. A sentence ends at '.', '!' or '?' followed by a space or the end
/// (not after a known abbreviation, a single letter or between digits), at a blank line, or before a
/// new list item or heading. Chinese sentences end at 。！？；or an ellipsis (…… or ⋯⋯) wherever they stand, and at
/// any line break next to Chinese text (adverts put one claim on each line). Spans exclude surrounding white space. A sentence longer than
/// <see cref="MaxSentenceChars"/> is cut into pieces (at a clause mark or space where there is one), so the work
/// done for each sentence is bounded and checking time grows linearly with the text.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Longest piece of text checked as one sentence. Real sentences are far shorter.</summary>
    public const int MaxSentenceChars = 400;

    /// <summary>How far back from a full stop a word is read to see whether it is an abbreviation.</summary>
    private const int MaxAbbreviationChars = 8;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "prof", "vs", "etc", "approx", "no", "st", "fig", "cf", "al", "jr", "sr", "mt",
    };

    public static List<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '。' or '！' or '？' or '；' or '…' or '⋯')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '\'' or ')' or ']' or '”' or '’' or '」' or '』' or '）' or '。' or '！' or '？' or '…' or '⋯')
                {
                    end++;
                }

                var boundary = end >= text.Length || char.IsWhiteSpace(text[end]) || c is '。' or '！' or '？' or '；'
                    || (c is '…' or '⋯' && ((i > 0 && Script.IsHan(text[i - 1])) || Script.IsHan(text[end])));
                if (boundary && !(c == '.' && IsAbbreviation(text, start, i)))
                {
                    Add(result, text, start, end);
                    start = end;
                }

                i = end;
                continue;
            }

            if (c == '\n' && (StartsNewBlock(text, i + 1) || IsChineseLineBreak(text, i)))
            {
                Add(result, text, start, i);
                start = i + 1;
            }

            i++;
        }

        Add(result, text, start, text.Length);
        return result;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        var limit = Math.Max(sentenceStart, dot - MaxAbbreviationChars - 1);
        while (wordStart > limit && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1)
        {
            return true;
        }

        return word.Length > 0 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>A line break with Chinese just before or just after it: Chinese text is not wrapped by hand, so each line stands alone.</summary>
    private static bool IsChineseLineBreak(string text, int newline)
    {
        var before = newline - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r')
        {
            before--;
        }

        var after = newline + 1;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r' or '\u3000')
        {
            after++;
        }

        return (before >= 0 && (Script.IsHan(text[before]) || IsChineseMark(text[before])))
            || (after < text.Length && Script.IsHan(text[after]));
    }

    private static bool IsChineseMark(char c) => c is '，' or '、' or '：' or '」' or '”' or '）' or '%' or '％';

    /// <summary>A blank line, a list item or a heading starts a new block after a line break.</summary>
    private static bool StartsNewBlock(string text, int lineStart)
    {
        var j = lineStart;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        if (j >= text.Length || text[j] == '\n')
        {
            return true;
        }

        if (text[j] is '-' or '*' or '+' or '•' or '#' or '>' or '|')
        {
            return true;
        }

        var k = j;
        while (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        return k > j && k < text.Length && text[k] is '.' or ')';
    }

    private static void Add(List<TextSpan> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxSentenceChars)
        {
            var cut = CutPoint(text, start, start + MaxSentenceChars);
            AddTrimmed(result, text, start, cut);
            start = cut;
        }

        AddTrimmed(result, text, start, end);
    }

    /// <summary>The last clause mark, else the last space, in the second half of [start, limit); else the limit.</summary>
    private static int CutPoint(string text, int start, int limit)
    {
        var half = start + ((limit - start) / 2);
        var space = -1;
        for (var i = limit - 1; i > half; i--)
        {
            if (text[i] is ';' or ':' or ',' or '，' or '；' or '：' or '、')
            {
                return i + 1;
            }

            if (space < 0 && char.IsWhiteSpace(text[i]))
            {
                space = i + 1;
            }
        }

        return space > 0 ? space : limit;
    }

    private static void AddTrimmed(List<TextSpan> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextSpan(start, end - start));
        }
    }
}
