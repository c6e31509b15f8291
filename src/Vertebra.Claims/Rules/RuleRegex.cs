using System.Text.RegularExpressions;

namespace Vertebra.Claims.Rules;

/// <summary>
/// A case-insensitive rule regex with a match timeout. Thread-safe.
/// </summary>
/// <remarks>
/// The interpreter is used, not <see cref="RegexOptions.Compiled"/>: the rule texts are short sentences, so the
/// interpreter is fast enough, and it avoids two problems seen with the compiler on .NET 10 — an
/// <see cref="IndexOutOfRangeException"/> for some valid patterns (an optional alternation followed by a lazy
/// counted loop), and first-use JIT time that, on a busy machine, used up the match timeout.
/// </remarks>
internal sealed class RuleRegex(string pattern)
{
    private readonly Regex _regex = new(pattern, RegexFactory.Options, RegexFactory.MatchTimeout);

    public string Pattern => _regex.ToString();

    public bool IsMatch(string input) => _regex.IsMatch(input);

    /// <summary>All matches, materialised so a failure cannot surface half-way through enumeration.</summary>
    public IReadOnlyList<Match> Matches(string input) => [.. _regex.Matches(input).Cast<Match>()];

    public override string ToString() => Pattern;
}
