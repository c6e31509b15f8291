using Vertebra.Claims.Lexicons;

namespace Vertebra.Claims.Rules;

/// <summary>The validated, compiled contents of a claims file. Immutable.</summary>
internal sealed record RuleSet(CueSet Cues, IReadOnlyList<CategoryRule> Categories);

/// <summary>Cues that turn a matching sentence into a denial, a warning or a report.</summary>
internal sealed record CueSet(
    IReadOnlyList<RuleRegex> NegationBefore,
    IReadOnlyList<RuleRegex> NegationAfterSubject,
    IReadOnlyList<RuleRegex> NegationInside,
    IReadOnlyList<RuleRegex> Attribution,
    IReadOnlyList<RuleRegex> RefutationNextSentence,
    IReadOnlyList<RuleRegex> Question);

internal sealed record CategoryRule(
    string Id,
    ClaimSeverity Severity,
    string Why,
    string SourceName,
    string SourceUrl,
    string ArticleSlug,
    IReadOnlyList<PatternRule> Patterns)
{
    /// <summary>The explanation, source and article in another language (key: language tag such as <c>zh</c>).</summary>
    public IReadOnlyDictionary<string, LocalizedCategoryText> Localized { get; init; } = new Dictionary<string, LocalizedCategoryText>(StringComparer.Ordinal);
}

/// <summary>A category's explanation, source and article for readers of another language.</summary>
internal sealed record LocalizedCategoryText(string Why, string SourceName, string SourceUrl, string ArticleSlug);

/// <param name="Match">The claim itself; its match is the finding's span.</param>
/// <param name="Unless">Drop the match when the sentence matches this.</param>
/// <param name="OnlyIf">Keep the match only when the sentence matches this.</param>
/// <param name="NegativeForm">The claim is worded with a negation ("no side effects"), so negation inside the match is part of the claim.</param>
/// <param name="Requirements">Words the sentence must hold (one of each set) before <paramref name="Match"/> is run.</param>
/// <param name="Chinese">The pattern is written for Chinese text (<c>lang: zh</c>): it only runs on sentences with Han characters.</param>
internal sealed record PatternRule(RuleRegex Match, RuleRegex? Unless, RuleRegex? OnlyIf, bool NegativeForm, IReadOnlyList<WordRequirement> Requirements, bool Chinese = false);
