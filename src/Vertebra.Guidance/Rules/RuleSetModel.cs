namespace Vertebra.Guidance;

internal sealed record SourceDefinition(string Id, string Name, string Url);

internal sealed record AdviceDefinition(string Id, string Text, IReadOnlyList<string> Cite, string File, int Line)
{
    /// <summary>The text in other languages (language code to text), from the item's <c>zh:</c> block.</summary>
    public IReadOnlyDictionary<string, string> Translations { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

internal sealed record FlagDefinition(string Id, string Text, FlagSeverity Severity, string File, int Line)
{
    public IReadOnlyDictionary<string, string> Translations { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

internal sealed record QuestionDefinition(FactDescriptor Fact, string Text, bool RedFlag, IReadOnlyList<AnswerOption> Options, string? Topic, string Short, string File, int Line)
{
    /// <summary>The question in other languages: its text, short name and option labels.</summary>
    public IReadOnlyDictionary<string, QuestionTranslation> Translations { get; init; } = new Dictionary<string, QuestionTranslation>(StringComparer.Ordinal);
}

internal sealed record QuestionTranslation(string Text, string Short, IReadOnlyDictionary<string, string> Options);

internal sealed class RuleDefinition
{
    public required string Id { get; init; }

    public required string Statement { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }

    public required Condition When { get; init; }

    public TriageLevel? Triage { get; init; }

    public MassageVerdict? Massage { get; init; }

    public Route? Route { get; init; }

    public required IReadOnlyList<string> Advice { get; init; }

    public required IReadOnlyList<string> Flags { get; init; }

    public required IReadOnlyList<string> Cite { get; init; }
}

/// <summary>Everything read from the rule directory, before it is checked and compiled.</summary>
internal sealed class RuleSetDefinition
{
    public string? Id { get; set; }

    public string? Version { get; set; }

    public DateOnly? Reviewed { get; set; }

    public DateOnly? ReviewBy { get; set; }

    public string? HeaderFile { get; set; }

    public List<SourceDefinition> Sources { get; } = [];

    public List<AdviceDefinition> Advice { get; } = [];

    public List<FlagDefinition> Flags { get; } = [];

    public List<RuleDefinition> Rules { get; } = [];

    public List<QuestionDefinition> Questions { get; } = [];

    public Dictionary<TriageLevel, string> Summaries { get; } = [];

    public Dictionary<MassageVerdict, string> MassageAdvice { get; } = [];

    public List<ClinicalSignOff> SignOff { get; } = [];

    public List<TopicDefinition> Topics { get; } = [];

    public List<WarningSignDefinition> WarningSigns { get; } = [];

    /// <summary>The case every sign's example starts from (fact name to YAML value).</summary>
    public Dictionary<string, string> SignBaseline { get; } = new(StringComparer.Ordinal);

    /// <summary>What to do for each sign level, in plain words.</summary>
    public Dictionary<WarningSignLevel, string> SignActions { get; } = [];

    /// <summary>Sign actions in other languages (from <c>sign_actions_zh</c>): language code to level to text.</summary>
    public Dictionary<string, Dictionary<WarningSignLevel, string>> SignActionTranslations { get; } = new(StringComparer.Ordinal);

    /// <summary>Summaries in other languages (from <c>summaries_zh</c>).</summary>
    public Dictionary<string, Dictionary<TriageLevel, string>> SummaryTranslations { get; } = new(StringComparer.Ordinal);

    public string? SignsFile { get; set; }
}

/// <summary>One entry of the rule set's clinical sign-off: who approved which version, and when.</summary>
/// <param name="Version">The rule-set version approved.</param>
/// <param name="ApprovedBy">The clinician's name and role.</param>
/// <param name="Date">The day they approved it.</param>
public sealed record ClinicalSignOff(string Version, string ApprovedBy, DateOnly Date);

internal sealed record TopicDefinition(string Id, string Title)
{
    public IReadOnlyDictionary<string, string> Translations { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

internal sealed record WarningSignDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The sign's name in other languages (language code to name).</summary>
    public IReadOnlyDictionary<string, string> Translations { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public required WarningSignLevel Level { get; init; }

    public required IReadOnlyList<string> Facts { get; init; }

    public required IReadOnlyList<string> Rules { get; init; }

    public required IReadOnlyList<string> Cite { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    public required IReadOnlyList<string> Mentions { get; init; }

    /// <summary>Fact overrides on top of the baseline case: a case that has the sign.</summary>
    public required IReadOnlyDictionary<string, string> Example { get; init; }

    /// <summary>Fact overrides on top of <see cref="Example"/>: the same case without the sign.</summary>
    public required IReadOnlyDictionary<string, string> Without { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }
}
