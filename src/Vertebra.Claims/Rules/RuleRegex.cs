using System.Text.RegularExpressions;

namespace Vertebra.Claims.Rules;

/// <summary>
/// A compiled, case-insensitive rule regex with a match timeout. Thread-safe.
/// </summary>
/// <remarks>
/// The .NET 10 regex compiler can throw <see cref="IndexOutOfRangeException"/> for some valid patterns
/// (an optional alternation followed by a lazy counted loop, e.g. <c>after (?:the |a )?(?:\w+ ){0,2}?pain</c>
/// on "neck pain after a serious accident"). The interpreter handles them correctly, so such a call is
/// retried once with an interpreted twin built on first need. Timeouts are never retried.
/// </remarks>
internal sealed class RuleRegex
{
    private readonly Regex _compiled;
    private readonly Lazy<Regex> _interpreted;

    public RuleRegex(string pattern)
    {
        _compiled = new Regex(pattern, RegexFactory.Options, RegexFactory.MatchTimeout);
        _interpreted = new Lazy<Regex>(() => new Regex(pattern, RegexFactory.Options & ~RegexOptions.Compiled, RegexFactory.MatchTimeout));
    }

    public string Pattern => _compiled.ToString();

    public bool IsMatch(string input)
    {
        try
        {
            return _compiled.IsMatch(input);
        }
        catch (IndexOutOfRangeException)
        {
            return _interpreted.Value.IsMatch(input);
        }
    }

    /// <summary>All matches, materialised so a failure cannot surface half-way through enumeration.</summary>
    public IReadOnlyList<Match> Matches(string input)
    {
        try
        {
            return [.. _compiled.Matches(input).Cast<Match>()];
        }
        catch (IndexOutOfRangeException)
        {
            return [.. _interpreted.Value.Matches(input).Cast<Match>()];
        }
    }

    /// <summary>Runs the regex once so its compiled code is JIT-compiled at load time, not inside the first check's timeout.</summary>
    public void WarmUp() => IsMatch("Massage pushes the herniated disc back into place; no side effects, 100% safe.");

    public override string ToString() => Pattern;
}
