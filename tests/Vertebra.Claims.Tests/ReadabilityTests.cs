using System.Text.RegularExpressions;
using Vertebra.Claims.Rules;

namespace Vertebra.Claims.Tests;

public sealed partial class ReadabilityTests
{
    [Fact]
    public void ShippedRules_EveryWhyText_IsReadingGradeEightOrBelow()
    {
        var rules = RuleFileLoader.LoadFile(RepoPaths.ClaimsYaml);
        Assert.All(rules.Categories, c => Assert.True(FleschKincaidGrade(c.Why) <= 8.0, $"{c.Id}: grade {FleschKincaidGrade(c.Why):F1}"));
    }

    /// <summary>Flesch–Kincaid grade with a simple vowel-group syllable count (good enough for a guard).</summary>
    internal static double FleschKincaidGrade(string text)
    {
        var sentences = Math.Max(1, SentenceEnd().Split(text).Count(s => !string.IsNullOrWhiteSpace(s)));
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var syllables = words.Sum(Syllables);
        return (0.39 * words.Count / sentences) + (11.8 * syllables / words.Count) - 15.59;
    }

    private static int Syllables(string word)
    {
        var w = word.ToLowerInvariant();
        var count = VowelGroup().Matches(w).Count;
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1)
        {
            count--;
        }

        return Math.Max(1, count);
    }

    [GeneratedRegex("[.!?]+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[A-Za-z'%0-9-]+")]
    private static partial Regex Word();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
