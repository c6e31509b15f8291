using System.Text.RegularExpressions;

namespace Vertebra.Claims.Rules;

/// <summary>Builds every regex the checker uses, with the same options and a match timeout.</summary>
internal static class RegexFactory
{
    /// <summary>Longest time one match may take before <see cref="RegexMatchTimeoutException"/>.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static RuleRegex Create(string pattern) => new(pattern);

    /// <summary>A negation cue that must end within <paramref name="window"/> words of the end of the text it is tested on.</summary>
    public static RuleRegex CreateNegationBefore(string cue, int window) =>
        Create($"(?:{cue})(?:\\W+\\w+){{0,{window}}}\\W*$");

    /// <summary>
    /// A Chinese negation cue: Chinese has no spaces, so it must end within <paramref name="window"/> characters of the
    /// end of the text, with no clause mark in between.
    /// </summary>
    public static RuleRegex CreateChineseNegationBefore(string cue, int window) =>
        Create($"(?:{cue})[^，。；：！？,;:!?]{{0,{window}}}$");
}
