using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Vertebra.Claims.Lexicons;

/// <summary>
/// A claim written as a short sequence over lexicons rather than a regular expression, for example
/// <c>{treatment} ... {regrow} ... {tissue}</c>. Elements, separated by spaces:
/// <list type="bullet">
/// <item><c>{name}</c>: any word or phrase of that lexicon, in any form; <c>{name}?</c> when it may be missing.</item>
/// <item><c>...</c>: up to 4 other words in the same clause; <c>...7</c>: up to 7.</item>
/// <item>a word (<c>back</c>), or alternatives (<c>in|into</c>), matched exactly; <c>word?</c> when it may be missing.</item>
/// </list>
/// Words are separated by spaces, commas, quotes, brackets or hyphens, but never by a full stop, ';' or ':', so a
/// claim is found within one clause.
/// A Chinese claim (<c>lang: zh</c>) is read the same way, but Chinese has no spaces between words: its elements
/// follow each other directly, <c>...N</c> is up to N characters (default 6, at most 20) that never cross a clause
/// mark (，。；：！？), and a literal is matched anywhere, not as a whole word.
/// </summary>
internal static partial class ClaimTemplate
{
    private const string Separator = "[\\s,\"'“”‘’()*_/-]+";
    private const string Word = "[\\w'’%.]+";
    private const int DefaultGap = 4;
    private const int MaxGap = 12;
    private const int DefaultChineseGap = 6;
    private const int MaxChineseGap = 20;

    /// <summary>Any character but a clause or sentence mark: a Chinese gap stays within one clause.</summary>
    private const string ChineseGapChar = "[^，。；：！？,.;:!?…\\n]";

    /// <summary>The regular expression for the claim, and the words a sentence must hold for it to match at all.</summary>
    public static (string Regex, List<WordRequirement> Requirements) Compile(string template, LexiconSet lexicons, Func<string, Exception> error, bool chinese = false)
    {
        var requirements = new List<WordRequirement>();
        var elements = template.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (elements.Length == 0)
        {
            throw error("a claim must not be empty.");
        }

        var regex = new StringBuilder();
        for (var i = 0; i < elements.Length; i++)
        {
            var element = elements[i];
            var lead = i == 0 || chinese ? "" : Separator;
            var gap = GapElement().Match(element);
            if (gap.Success)
            {
                if (i == 0 || i == elements.Length - 1)
                {
                    throw error("a claim cannot start or end with '...'.");
                }

                var max = chinese ? MaxChineseGap : MaxGap;
                var length = gap.Groups[1].Success ? int.Parse(gap.Groups[1].Value, CultureInfo.InvariantCulture) : chinese ? DefaultChineseGap : DefaultGap;
                if (length < 1 || length > max)
                {
                    throw error($"a gap '...N' must be from 1 to {max} {(chinese ? "characters" : "words")}.");
                }

                regex.Append(chinese
                    ? string.Create(CultureInfo.InvariantCulture, $"{ChineseGapChar}{{0,{length}}}?")
                    : string.Create(CultureInfo.InvariantCulture, $"(?:{Separator}{Word}){{0,{length}}}?"));
                continue;
            }

            var optional = element.Length > 1 && element.EndsWith('?');
            if (optional && i == 0)
            {
                throw error("the first element of a claim cannot be optional.");
            }

            var body = optional ? element[..^1] : element;
            string piece;
            var reference = LexiconElement().Match(body);
            if (reference.Success)
            {
                var name = reference.Groups[1].Value;
                piece = lexicons.Contains(name) ? lexicons.ToRegex(name) : throw error($"the lexicon '{name}' is not defined under 'lexicons'.");
                if (!optional)
                {
                    requirements.Add(lexicons.Requirement(name));
                }
            }
            else if (chinese && LiteralElement().IsMatch(body))
            {
                var alternatives = body.Split('|');
                piece = $"(?:{string.Join('|', alternatives.Select(Regex.Escape))})";
                if (!optional)
                {
                    requirements.Add(new WordRequirement(new HashSet<string>(), alternatives));
                }
            }
            else if (LiteralElement().IsMatch(body))
            {
                piece = $"\\b(?:{string.Join('|', body.Split('|').Select(w => Regex.Escape(w).Replace("'", "['’]", StringComparison.Ordinal)))})(?!\\w)";
                if (!optional)
                {
                    requirements.Add(LiteralRequirement(body));
                }
            }
            else
            {
                throw error($"'{element}' is not a word, a {{lexicon}} or '...'.");
            }

            regex.Append(optional ? $"(?:{lead}{piece})?" : lead + piece);
        }

        return (regex.ToString(), requirements);
    }

    private static WordRequirement LiteralRequirement(string alternatives)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in alternatives.Split('|'))
        {
            var end = 0;
            while (end < word.Length && SentenceWords.IsWordChar(word[end]))
            {
                end++;
            }

            // A literal that does not start with a word character ("100%") cannot be looked up: no requirement.
            if (end == 0)
            {
                return new WordRequirement(new HashSet<string>(), [""]);
            }

            words.Add(WordRequirement.Key(SentenceWords.Normalise(word.AsSpan(0, end))));
        }

        return new WordRequirement(words, []);
    }

    [GeneratedRegex(@"^\.\.\.(\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GapElement();

    [GeneratedRegex(@"^\{([a-z][a-z0-9_]*)\}$", RegexOptions.CultureInvariant)]
    private static partial Regex LexiconElement();

    [GeneratedRegex(@"^[\w'’%-]+(?:\|[\w'’%-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex LiteralElement();
}
