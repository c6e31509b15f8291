using System.Text;
using System.Text.RegularExpressions;

namespace Vertebra.Claims.Lexicons;

/// <summary>
/// Named word lists kept as data (the <c>lexicons</c> section of <c>claims.yaml</c>). Each entry has a language tag
/// (<c>en</c>, <c>zh</c>), so editions in other languages add their words to the same lists. A list is used in a
/// rule as <c>{name}</c> and becomes "any form of any word or phrase in the list".
/// </summary>
internal sealed partial class LexiconSet
{
    private readonly Dictionary<string, List<(string Language, string Phrase)>> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _regexCache = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _lists.Keys;

    public void Add(string name, string language, string phrase)
    {
        if (!_lists.TryGetValue(name, out var list))
        {
            list = [];
            _lists[name] = list;
        }

        list.Add((language, phrase.Trim()));
    }

    public bool Contains(string name) => _lists.ContainsKey(name);

    /// <summary>Regex text matching any form of any phrase in the list, as whole words.</summary>
    public string ToRegex(string name)
    {
        if (_regexCache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var english = new SortedSet<string>(StringComparer.Ordinal);
        var other = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (language, phrase) in _lists[name])
        {
            if (language == "en")
            {
                english.Add(EnglishPhrase(phrase));
            }
            else
            {
                other.Add(Regex.Escape(phrase));
            }
        }

        var parts = new List<string>();
        if (english.Count > 0)
        {
            parts.Add("\\b(?:" + string.Join('|', english.OrderByDescending(a => a.Length)) + ")(?!\\w)");
        }

        if (other.Count > 0)
        {
            // Chinese and other scripts without spaces: no word boundaries.
            parts.Add(string.Join('|', other.OrderByDescending(a => a.Length)));
        }

        var regex = "(?:" + string.Join('|', parts) + ")";
        _regexCache[name] = regex;
        return regex;
    }

    /// <summary>The words a sentence must hold for the list to match: the first word of every form of every entry.</summary>
    public WordRequirement Requirement(string name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var substrings = new List<string>();
        foreach (var (language, phrase) in _lists[name])
        {
            if (language != "en")
            {
                substrings.Add(phrase);
                continue;
            }

            var first = Separator().Split(phrase)[0];
            foreach (var form in EnglishWordForms.Forms(first))
            {
                // A word with an inner apostrophe or mark is split the same way the sentence is.
                var end = 0;
                while (end < form.Length && SentenceWords.IsWordChar(form[end]))
                {
                    end++;
                }

                if (end > 0)
                {
                    words.Add(WordRequirement.Key(SentenceWords.Normalise(form.AsSpan(0, end))));
                }
            }
        }

        return new WordRequirement(words, substrings);
    }

    /// <summary>Replaces each <c>{name}</c> in a rule with its list's regex. Counted quantifiers such as <c>{0,2}</c> are left alone.</summary>
    public string Expand(string pattern, Func<string, Exception> unknown) =>
        Reference().Replace(pattern, m => Contains(m.Groups[1].Value) ? ToRegex(m.Groups[1].Value) : throw unknown(m.Groups[1].Value));

    private static string EnglishPhrase(string phrase)
    {
        var text = new StringBuilder();
        var words = Separator().Split(phrase);
        var separators = Separator().Matches(phrase);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                text.Append(separators[i - 1].Value.Contains('-', StringComparison.Ordinal) ? "[\\s-]?" : "[\\s-]+");
            }

            var forms = EnglishWordForms.Forms(words[i]).Distinct(StringComparer.OrdinalIgnoreCase).Select(Escape).ToList();
            text.Append(forms.Count == 1 ? forms[0] : $"(?:{string.Join('|', forms)})");
        }

        return text.ToString();
    }

    /// <summary>Escapes a word; a straight and a curly apostrophe match each other.</summary>
    private static string Escape(string word) => Regex.Escape(word).Replace("'", "['’]", StringComparison.Ordinal).Replace("’", "['’]", StringComparison.Ordinal);

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\s*-\s*|\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
