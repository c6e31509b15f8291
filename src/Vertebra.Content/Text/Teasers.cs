using System.Globalization;
using System.Text;

namespace Vertebra.Content;

/// <summary>Short previews of text: cut at a word boundary where the language has spaces, with an ellipsis.</summary>
public static class Teasers
{
    public const string Ellipsis = "\u2026";

    /// <summary>
    /// At most <paramref name="maxLength"/> characters (counted as user-perceived characters) of the text,
    /// cut at the last word boundary that fits, followed by an ellipsis when anything was cut.
    /// Text without spaces (Chinese, Japanese) is cut at the limit.
    /// </summary>
    public static string Cut(string text, int maxLength = 50)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var info = new StringInfo(clean);
        if (info.LengthInTextElements <= maxLength)
        {
            return clean;
        }

        var head = info.SubstringByTextElements(0, maxLength);
        var nextIsSpace = char.IsWhiteSpace(info.SubstringByTextElements(maxLength, 1)[0]);
        if (!nextIsSpace)
        {
            var lastSpace = head.LastIndexOf(' ');
            if (lastSpace > 0)
            {
                head = head[..lastSpace];
            }
        }

        return head.TrimEnd(' ', ',', ';', ':', '-', '\u2013', '\u2014', '.') + Ellipsis;
    }

    /// <summary>Whole sentences from the start of the text, up to about <paramref name="maxLength"/> characters.</summary>
    public static string FirstSentences(string text, int maxLength)
    {
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var builder = new StringBuilder();
        var start = 0;
        for (var i = 0; i < clean.Length; i++)
        {
            var end = clean[i] is '.' or '?' or '!' && (i + 1 == clean.Length || clean[i + 1] == ' ');
            if (!end)
            {
                continue;
            }

            var sentence = clean[start..(i + 1)].Trim();
            if (builder.Length > 0 && builder.Length + sentence.Length + 1 > maxLength)
            {
                break;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(sentence);
            start = i + 1;
        }

        return builder.Length == 0 || builder.Length > maxLength ? Cut(clean, maxLength) : builder.ToString();
    }
}
