using Vertebra.Claims.Lexicons;
using Vertebra.Claims.Rules;

namespace Vertebra.Claims.Matching;

/// <summary>Finds the claim spans of one category in one sentence.</summary>
internal static class CategoryMatcher
{
    /// <summary>Kept claims of one category closer than this (characters) become one finding.</summary>
    private const int MergeGap = 30;

    public static List<TextSpan> FindSpans(CueSet cues, CategoryRule category, string sentence, SentenceWords words)
    {
        var candidates = new List<(TextSpan Span, bool Denied)>();
        var hasHan = Script.HasHan(sentence);
        foreach (var pattern in category.Patterns)
        {
            // Chinese patterns only run where there is Chinese; English ones run everywhere (a mixed sentence gets both).
            if ((pattern.Chinese && !hasHan) || !HasRequiredWords(pattern, words))
            {
                continue;
            }

            // The claim itself first: most sentences hold none, and then the sentence-wide conditions are not read.
            var matches = pattern.Match.Matches(sentence);
            if (matches.Count == 0
                || (pattern.OnlyIf is not null && !pattern.OnlyIf.IsMatch(sentence))
                || (pattern.Unless is not null && pattern.Unless.IsMatch(sentence)))
            {
                continue;
            }

            foreach (var match in matches)
            {
                var length = match.Value.TrimEnd().Length;
                if (length == 0)
                {
                    continue;
                }

                var denied = SentenceContext.IsNegated(cues, sentence, match, pattern.NegativeForm)
                    || QuotedMention.IsQuoted(sentence, match.Index, length);
                candidates.Add((new TextSpan(match.Index, length), denied));
            }
        }

        return Merge(KeepUndenied(candidates), sentence);
    }

    private static bool HasRequiredWords(PatternRule pattern, SentenceWords words)
    {
        foreach (var requirement in pattern.Requirements)
        {
            if (!words.ContainsAny(requirement))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Overlapping matches describe the same words ("no secret family recipe" matches both "secret family recipe"
    /// and "family recipe"), so if any of them is denied, all of them are.
    /// </summary>
    private static List<TextSpan> KeepUndenied(List<(TextSpan Span, bool Denied)> candidates)
    {
        var kept = new List<TextSpan>();
        candidates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var i = 0;
        while (i < candidates.Count)
        {
            var groupStart = candidates[i].Span.Start;
            var groupEnd = candidates[i].Span.End;
            var denied = candidates[i].Denied;
            var j = i + 1;
            while (j < candidates.Count && candidates[j].Span.Start < groupEnd)
            {
                groupEnd = Math.Max(groupEnd, candidates[j].Span.End);
                denied |= candidates[j].Denied;
                j++;
            }

            if (!denied)
            {
                kept.Add(new TextSpan(groupStart, groupEnd - groupStart));
            }

            i = j;
        }

        return kept;
    }

    private static List<TextSpan> Merge(List<TextSpan> spans, string sentence)
    {
        if (spans.Count < 2)
        {
            return spans;
        }

        var merged = new List<TextSpan> { spans[0] };
        for (var i = 1; i < spans.Count; i++)
        {
            var last = merged[^1];
            var next = spans[i];
            if (next.Start <= last.End + MergeGap && !HasClauseBreak(sentence, last.End, next.Start))
            {
                merged[^1] = new TextSpan(last.Start, Math.Max(last.End, next.End) - last.Start);
            }
            else
            {
                merged.Add(next);
            }
        }

        return merged;
    }

    private static bool HasClauseBreak(string sentence, int from, int to) =>
        to > from && sentence.AsSpan(from, to - from).IndexOfAny(";:；：") >= 0;
}
