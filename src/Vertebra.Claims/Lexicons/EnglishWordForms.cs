namespace Vertebra.Claims.Lexicons;

/// <summary>
/// The regular English forms of a lexicon word, so a clinician writes "push" and the checker also finds
/// "pushes", "pushed" and "pushing" ("disc": "discs"; "remedy": "remedies"; "pop": "popped"). Over-generation
/// ("backs") is harmless: a form that is not a word never occurs. Irregular forms ("drew", "brought") are listed
/// in the lexicon as words of their own; a word written with a leading '=' is used exactly as written.
/// </summary>
internal static class EnglishWordForms
{
    /// <summary>Short function words are never inflected ("of", "the", "in").</summary>
    private static readonly HashSet<string> Fixed = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "a", "an", "to", "in", "into", "on", "for", "with", "out", "back", "up", "away", "off", "down", "and", "or",
        "your", "our", "its", "their", "his", "her", "my", "by", "at", "from", "all", "no", "not", "any", "every", "more",
    };

    public static IEnumerable<string> Forms(string word)
    {
        if (word.StartsWith('='))
        {
            yield return word[1..];
            yield break;
        }

        yield return word;
        if (word.Length < 3 || Fixed.Contains(word) || !char.IsAsciiLetter(word[^1]))
        {
            yield break;
        }

        var last = char.ToLowerInvariant(word[^1]);
        var beforeLast = char.ToLowerInvariant(word[^2]);
        if (last == 'y' && !IsVowel(beforeLast))
        {
            var stem = word[..^1];
            yield return stem + "ies";
            yield return stem + "ied";
            yield return word + "ing";
        }
        else if (last == 'e')
        {
            yield return word + "s";
            yield return word + "d";
            yield return word[..^1] + "ing";
        }
        else if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.OrdinalIgnoreCase) || word.EndsWith("sh", StringComparison.OrdinalIgnoreCase))
        {
            yield return word + "es";
            yield return word + "ed";
            yield return word + "ing";
        }
        else
        {
            yield return word + "s";
            yield return word + "ed";
            yield return word + "ing";
            if (IsShortConsonantEnding(word))
            {
                yield return word + last + "ed";
                yield return word + last + "ing";
            }
        }
    }

    /// <summary>Consonant, vowel, consonant at the end ("pop", "slip", "set"), so the last letter doubles.</summary>
    private static bool IsShortConsonantEnding(string word)
    {
        var c = char.ToLowerInvariant(word[^1]);
        return !IsVowel(c) && c is not ('w' or 'x' or 'y') && IsVowel(char.ToLowerInvariant(word[^2]))
            && (word.Length < 3 || !IsVowel(char.ToLowerInvariant(word[^3])));
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
