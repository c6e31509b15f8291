using Vertebra.Search.Indexing;

namespace Vertebra.Search.Understanding;

/// <summary>Finds what a question is about: the longest runs of words that name a focus in the index.</summary>
internal static class FocusDetector
{
    public static List<FocusCandidate> Find(IReadOnlyList<string> keyTokens, IndexVocabulary vocabulary, double weight)
    {
        var found = new List<FocusCandidate>();
        if (vocabulary.MaxFocusLength == 0)
        {
            return found;
        }

        for (var i = 0; i < keyTokens.Count; i++)
        {
            for (var len = Math.Min(vocabulary.MaxFocusLength, keyTokens.Count - i); len >= 1; len--)
            {
                var key = len == 1 ? keyTokens[i] : string.Join(' ', keyTokens.Skip(i).Take(len));
                if ((!vocabulary.Foci.TryGetValue(key, out var entry) && !TryJoined(key, vocabulary, out entry))
                    || !Worthwhile(keyTokens, i, len, vocabulary))
                {
                    continue;
                }

                found.Add(new FocusCandidate(entry.Key, entry.Display, i, len, weight * Position(i, keyTokens.Count) * Specificity(entry.Key, vocabulary)));
                break;
            }
        }

        return Resolve(found);
    }

    /// <summary>
    /// Reads short forms as the initials of a focus in the index ("CVID", "NPH"): a word written in
    /// capitals, or one the index does not know, of three to five letters. <paramref name="readAs"/> gives the form to
    /// look up at a position (the written "eds", not its folded singular "ed"), or null to skip a word that is known
    /// otherwise; without it every folded word is looked up. Ambiguous short forms (more than three foci) are left alone.
    /// </summary>
    public static List<FocusCandidate> FindAcronyms(IReadOnlyList<string> keyTokens, Func<int, bool> isUpper, IndexVocabulary vocabulary, Func<int, string?>? readAs = null)
    {
        var found = new List<FocusCandidate>();
        for (var i = 0; i < keyTokens.Count; i++)
        {
            var t = readAs is null ? keyTokens[i] : readAs(i);
            if (t is null || t.Length is < 3 or > 5 || !t.All(char.IsAsciiLetterLower) || Analyzers.StopWords.Contains(t)
                || !(isUpper(i) || vocabulary.SpellDocFreq(t, stopAt: 3) < 3))
            {
                continue;
            }

            if (!vocabulary.Acronyms.TryGetValue(t, out var foci) || foci.Count > 3)
            {
                continue;
            }

            foreach (var entry in foci)
            {
                found.Add(new FocusCandidate(entry.Key, entry.Display, i, 1, 0.8 * Position(i, keyTokens.Count) * Specificity(entry.Key, vocabulary) / foci.Count, 2));
            }
        }

        return found;
    }

    /// <summary>
    /// True when a word as written (lower-cased) differs from its folded form and is itself the initials of a focus in
    /// the index: "eds" (Ehlers-Danlos syndrome) folded to "ed" is another short form, not a plural.
    /// </summary>
    public static bool IsOtherShortForm(string written, string folded, IndexVocabulary vocabulary) =>
        written.Length is >= 3 and <= 5 && written != folded && written.All(char.IsAsciiLetterLower) && vocabulary.Acronyms.ContainsKey(written);

    /// <summary>"rib cage pain" also names the focus "Ribcage pain": two neighbouring words may be written as one.</summary>
    private static bool TryJoined(string key, IndexVocabulary vocabulary, out FocusEntry entry)
    {
        for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
        {
            if (vocabulary.Foci.TryGetValue(key.Remove(space, 1), out entry!))
            {
                return true;
            }
        }

        entry = null!;
        return false;
    }

    /// <summary>Keeps the longest candidates; a candidate inside a longer one is dropped.</summary>
    public static List<FocusCandidate> Resolve(List<FocusCandidate> found)
    {
        var kept = new List<FocusCandidate>();
        foreach (var c in found.OrderByDescending(c => c.Length).ThenByDescending(c => c.Weight))
        {
            if (kept.Any(k => k.Key == c.Key))
            {
                continue;
            }

            if (kept.Any(k => k.Source == c.Source && c.Start >= k.Start && c.Start + c.Length <= k.Start + k.Length && k.Length > c.Length))
            {
                continue;
            }

            kept.Add(c);
        }

        return kept.OrderByDescending(c => c.Weight).ToList();
    }

    /// <summary>
    /// How much a focus name says: the sum of its words' specificity (an IDF), so "glimepiride" or
    /// "deep vein thrombosis" count more than "blood" or "drug reactions".
    /// </summary>
    public static double Specificity(string key, IndexVocabulary vocabulary)
    {
        var words = key.Split(' ').Where(t => !Analyzers.StopWords.Contains(t) && t.Length > 1).ToList();
        return words.Count == 0 ? 0.1 : words.Sum(w => 0.2 + vocabulary.Specificity(w));
    }

    /// <summary>Earlier mentions (the subject line, the first sentence) count a little more.</summary>
    private static double Position(int start, int total) => 1.0 + (0.3 * (1.0 - ((double)start / Math.Max(1, total))));

    private static bool Worthwhile(IReadOnlyList<string> tokens, int start, int length, IndexVocabulary vocabulary)
    {
        var content = 0;
        for (var k = start; k < start + length; k++)
        {
            var t = tokens[k];
            if (!Analyzers.StopWords.Contains(t) && t.Length >= 3 && !t.All(char.IsDigit))
            {
                content++;
            }
        }

        if (content == 0)
        {
            return false;
        }

        // A single very common word ("pain", "blood") is a weak focus on its own; keep it, the ranker weighs it.
        return length > 1 || vocabulary.Foci.Count > 0;
    }
}

/// <summary>A possible focus, with where it was found in the query and how sure we are.</summary>
internal sealed record FocusCandidate(string Key, string Display, int Start, int Length, double Weight, int Source = 0);
