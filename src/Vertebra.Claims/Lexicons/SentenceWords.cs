namespace Vertebra.Claims.Lexicons;

/// <summary>
/// The lower-case words of one sentence and their beginnings (3 to <see cref="MaxKeyLength"/> letters), read once,
/// so a rule whose words are absent is skipped without running its regular expression (most sentences hold none
/// of a rule's words). A key longer than <see cref="MaxKeyLength"/> is cut to that length: the test may let a rule
/// run that then finds nothing, but it never skips a rule that would match.
/// </summary>
internal sealed class SentenceWords
{
    public const int MaxKeyLength = 8;

    private const int MinPrefixLength = 3;

    private readonly HashSet<string> _words;
    private readonly string _sentence;

    private SentenceWords(string sentence, HashSet<string> words)
    {
        _sentence = sentence;
        _words = words;
    }

    public static SentenceWords Of(string sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var inWord = i < sentence.Length && IsWordChar(sentence[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = Normalise(sentence.AsSpan(start, i - start));
                words.Add(word);
                for (var length = MinPrefixLength; length < word.Length && length <= MaxKeyLength; length++)
                {
                    words.Add(word[..length]);
                }

                start = -1;
            }
        }

        return new SentenceWords(sentence, words);
    }

    /// <summary>True when the sentence holds at least one of the words (or, for scripts without spaces, one of the phrases).</summary>
    public bool ContainsAny(WordRequirement requirement)
    {
        foreach (var word in requirement.Words)
        {
            if (_words.Contains(word))
            {
                return true;
            }
        }

        foreach (var phrase in requirement.Substrings)
        {
            if (_sentence.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Letters, digits, '_' and apostrophes; hyphens and other marks split words ("risk-free": "risk", "free").</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '\'' or '’';

    public static string Normalise(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant().Replace('’', '\'');
}

/// <summary>One element of a claim rule that must be present: any of these words or word beginnings (or substrings).</summary>
internal sealed record WordRequirement(IReadOnlySet<string> Words, IReadOnlyList<string> Substrings)
{
    /// <summary>The key to look up for a whole word or a word beginning.</summary>
    public static string Key(string word) => word.Length > SentenceWords.MaxKeyLength ? word[..SentenceWords.MaxKeyLength] : word;
}
