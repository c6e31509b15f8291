using System.Text.RegularExpressions;
using Vertebra.Claims.Rules;

namespace Vertebra.Claims.Matching;

/// <summary>Decides whether a sentence, or one match in it, denies, warns against or reports a claim.</summary>
internal static partial class SentenceContext
{
    /// <summary>How far back (characters) negation cues are looked for.</summary>
    private const int NegationLookBack = 200;

    /// <summary>How far ahead (characters) a negation after a clause-opening claim is looked for.</summary>
    private const int NegationLookAhead = 80;

    /// <summary>True when the whole sentence reports or questions claims rather than making them.</summary>
    public static bool IsReportOrQuestion(CueSet cues, string sentence, string? nextSentence, string? previousSentence = null)
    {
        // "Some clinics make these promises:" followed by a list: each item is reported, not claimed.
        if (previousSentence is not null && previousSentence.TrimEnd() is [.., ':' or '：'] && AnyMatch(cues.Attribution, previousSentence))
        {
            return true;
        }

        // A Chinese question may end without a question mark ("……推回去吗"); its cues say where a question ends.
        var trimmed = sentence.TrimEnd();
        if ((trimmed.EndsWith('?') || trimmed.EndsWith('？') || Script.HasHan(trimmed)) && AnyMatch(cues.Question, sentence))
        {
            return true;
        }

        if (AnyMatch(cues.Attribution, sentence))
        {
            return true;
        }

        return nextSentence is not null && AnyMatch(cues.RefutationNextSentence, nextSentence);
    }

    /// <summary>
    /// True for a line that introduces a list of reported claims: a heading, or a sentence ending with a colon, that
    /// warns or reports ("Ads often promise:", "## 看到这些话，要提高警惕").
    /// </summary>
    public static bool IsReportIntro(CueSet cues, string sentence)
    {
        var trimmed = sentence.Trim();
        return (trimmed.StartsWith('#') || trimmed is [.., ':' or '：']) && AnyMatch(cues.Attribution, trimmed);
    }

    /// <summary>True for a list item: a line starting with '-', '*', '+', '•' or a number and '.', ')' or '、'.</summary>
    public static bool IsListItem(string sentence)
    {
        var s = sentence.AsSpan().TrimStart();
        if (s.Length > 1 && s[0] is '-' or '*' or '+' or '•')
        {
            return true;
        }

        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < s.Length && s[digits] is '.' or ')' or '、';
    }

    /// <summary>True when a negation cue governs this match.</summary>
    public static bool IsNegated(CueSet cues, string sentence, Match match, bool negativeForm)
    {
        var clauseStart = ClauseStart(sentence, match.Index);
        var from = Math.Max(clauseStart, match.Index - NegationLookBack);
        var before = sentence[from..match.Index];
        if (AnyMatch(cues.NegationBefore, before))
        {
            return true;
        }

        if (!negativeForm && SubjectOnly().IsMatch(before))
        {
            var end = match.Index + match.Length;
            var clauseEnd = sentence.AsSpan(end).IndexOfAny(';', ':');
            var length = Math.Min(NegationLookAhead, clauseEnd < 0 ? sentence.Length - end : clauseEnd);
            if (AnyMatch(cues.NegationAfterSubject, sentence.Substring(end, length)))
            {
                return true;
            }
        }

        return !negativeForm && AnyMatch(cues.NegationInside, match.Value);
    }

    private static int ClauseStart(string sentence, int index)
    {
        var start = 0;
        foreach (Match boundary in ClauseBoundary().Matches(sentence[..index]))
        {
            start = boundary.Index + boundary.Length;
        }

        return start;
    }

    private static bool AnyMatch(IReadOnlyList<RuleRegex> regexes, string text)
    {
        foreach (var regex in regexes)
        {
            if (regex.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nothing but an article or determiner before the claim in its clause: the claim is the subject.</summary>
    [GeneratedRegex(@"^\W*(?:(?:a|an|the|any|such|this|that|these|those|so-called|all|most)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex SubjectOnly();

    /// <summary>
    /// Where a new clause starts: after ; : — – ( or before but / however / although / whereas / while / yet; in Chinese
    /// after a comma or ；： and before 但(是) / 然而 / 不过 / 可是.
    /// </summary>
    [GeneratedRegex(@"[;:—–()，；：（）]|\b(?:but|however|although|though|whereas|while|yet)\b|但是|但|然而|不过|可是", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex ClauseBoundary();
}
