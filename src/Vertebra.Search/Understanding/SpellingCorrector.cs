using Vertebra.Search.Indexing;

namespace Vertebra.Search.Understanding;

/// <summary>Fixes misspelt words using the index's own vocabulary (focus, question and answer words).</summary>
internal static class SpellingCorrector
{
    private static readonly string[] EverydayEndings = ["er", "ers", "ed", "ing", "ly", "ful", "ist", "ists", "ness", "ery"];

    /// <summary>Returns a better-known word within one or two edits, or null when the word looks fine.</summary>
    public static string? Correct(IndexVocabulary vocabulary, string word)
    {
        if (word.Length < 4 || vocabulary.SpellTerms is null || !word.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        // A word the index has seen, or whose stem it has seen ("retired" → "retir"), is taken as spelt right.
        if (vocabulary.SpellDocFreq(word, stopAt: 1) > 0 || vocabulary.IsKnownStem(word))
        {
            return null;
        }

        // Everyday words the medical index never uses ("dancer", "walked", "blustery") must not become
        // medical words ("cancer"): leave words with common everyday endings alone.
        if (EverydayEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal)))
        {
            return null;
        }

        // One edit first (most typos); two edits only for long words with no one-edit fix.
        var docs = vocabulary.Reader.NumDocs;
        return Search(vocabulary, word, 1, Math.Clamp(docs / 1000, 1, 3))
            ?? (word.Length >= 8 ? Search(vocabulary, word, 2, Math.Clamp(docs / 2000, 1, 20)) : null);
    }

    /// <summary>
    /// Walks the known words with the same first letter (people rarely get it wrong) and a length within
    /// <paramref name="edits"/>; picks the fewest edits, then the most frequent word.
    /// </summary>
    private static string? Search(IndexVocabulary vocabulary, string word, int edits, int minFreq)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFreq = 0;
        for (var length = word.Length - edits; length <= word.Length + edits; length++)
        {
            if (!vocabulary.SpellCandidates.TryGetValue((word[0], length), out var candidates))
            {
                continue;
            }

            foreach (var (candidate, freq) in candidates)
            {
                if (freq < minFreq || candidate == word)
                {
                    continue;
                }

                var distance = EditDistance.Osa(word, candidate, edits);
                if (distance <= edits && (distance < bestDistance || (distance == bestDistance && (freq > bestFreq || (freq == bestFreq && string.CompareOrdinal(candidate, best) < 0)))))
                {
                    best = candidate;
                    bestDistance = distance;
                    bestFreq = freq;
                }
            }
        }

        return best;
    }
}
