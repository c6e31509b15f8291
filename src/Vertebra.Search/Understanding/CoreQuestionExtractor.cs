using System.Text.RegularExpressions;

namespace Vertebra.Search.Understanding;

/// <summary>
/// Finds the question inside a long consumer message: drops greetings, thanks and signatures, keeps the
/// opening (usually the subject) and the sentences that ask something, and sets the rest aside as back story.
/// </summary>
internal sealed partial class CoreQuestionExtractor(ChatterLexicon chatter)
{
    public (string Core, string Backstory) Extract(string text)
    {
        var sentences = SentenceBreak().Split(text)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToList();
        if (sentences.Count == 0)
        {
            return ("", "");
        }

        sentences[0] = StripLeading(sentences[0], chatter.FillerSubjects, requireRest: true);
        var kept = new List<(string Text, bool Asks)>();
        foreach (var raw in sentences)
        {
            var s = StripLeading(raw, chatter.Greetings, requireRest: false);
            if (IsOnly(s, chatter.SignOffs) || IsOnly(s, chatter.Greetings) || IsOnly(s, chatter.FillerSubjects) || Words(s) == 0)
            {
                continue;
            }

            kept.Add((s, Asks(s)));
        }

        // A short last line that asks nothing is most often a name or signature.
        if (kept.Count > 1 && !kept[^1].Asks && Words(kept[^1].Text) <= 3)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        if (kept.Count == 0)
        {
            return (text.Trim(), "");
        }

        if (!kept.Skip(1).Any(k => k.Asks))
        {
            return (string.Join(' ', kept.Select(k => k.Text)), "");
        }

        var core = new List<string> { kept[0].Text };
        var story = new List<string>();
        foreach (var (s, asks) in kept.Skip(1))
        {
            (asks ? core : story).Add(s);
        }

        return (string.Join(' ', core), string.Join(' ', story));
    }

    private bool Asks(string sentence)
    {
        if (sentence.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }

        var lower = Normalize(sentence);
        foreach (var ask in chatter.Asks)
        {
            if (ask.Contains(' ', StringComparison.Ordinal)
                ? lower.Contains(" " + ask + " ", StringComparison.Ordinal)
                : lower.StartsWith(" " + ask + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripLeading(string sentence, IReadOnlyList<string> phrases, bool requireRest)
    {
        var lower = sentence.ToLowerInvariant();
        foreach (var phrase in phrases)
        {
            if (lower.StartsWith(phrase, StringComparison.Ordinal)
                && (lower.Length == phrase.Length || !char.IsLetterOrDigit(lower[phrase.Length])))
            {
                var rest = sentence[phrase.Length..].TrimStart(' ', ',', '!', '.', ':', '-');
                if (!requireRest || Words(rest) > 0)
                {
                    return rest;
                }
            }
        }

        return sentence;
    }

    private static bool IsOnly(string sentence, IReadOnlyList<string> phrases)
    {
        var lower = Normalize(sentence).Trim();
        return lower.Length > 0 && phrases.Any(p => lower == p);
    }

    private static string Normalize(string s) => " " + NonWord().Replace(s.ToLowerInvariant(), " ").Trim() + " ";

    private static int Words(string s) => NonWord().Replace(s, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<=[.?!])\s+|[\r\n]+|(?<=\.\.\.)")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[^\p{L}\p{N}']+")]
    private static partial Regex NonWord();
}
