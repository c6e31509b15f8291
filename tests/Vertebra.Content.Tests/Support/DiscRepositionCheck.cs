using System.Text.RegularExpressions;

namespace Vertebra.Content.Tests.Support;

/// <summary>
/// Finds sentences that say a disc can be pushed, put, popped or pressed back into place, unless the same sentence
/// denies it first (cannot, can't, no, not, never, won't, impossible).
/// </summary>
internal static partial class DiscRepositionCheck
{
    public static IReadOnlyList<string> AffirmativeSentences(string text)
    {
        var found = new List<string>();
        foreach (var sentence in Sentences().Split(text.Replace('\u2019', '\'')))
        {
            foreach (Match match in Claim().Matches(sentence))
            {
                if (!Denial().IsMatch(sentence[..match.Index]))
                {
                    found.Add(sentence.Trim());
                    break;
                }
            }
        }

        return found;
    }

    // Active: "push(es|ed)? the disc back", "pop your slipped disc back"; passive: "the disc can be pushed back".
    [GeneratedRegex(
        @"\b(push(es|ed|ing)?|put(s|ting)?|pop(s|ped|ping)?|press(es|ed|ing)?)\s+(the|your|a|his|her|their|my|this|that)\s+((herniated|bulging|slipped|prolapsed|protruding|intervertebral)\s+)*disc\s+back" +
        @"|\bdiscs?\s+(can|could|will|may|might|should)?\s*(be|is|are|was|were|been|get|gets)\s+(pushed|put|popped|pressed)\s+back",
        RegexOptions.IgnoreCase)]
    private static partial Regex Claim();

    [GeneratedRegex(@"\b(cannot|can't|can not|no|not|never|won't|impossible)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n\s*\n|\n(?=\s*[-*#] )")]
    private static partial Regex Sentences();
}
