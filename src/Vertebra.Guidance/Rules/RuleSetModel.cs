namespace Vertebra.Guidance;

internal sealed record SourceDefinition(string Id, string Name, string Url);

internal sealed record AdviceDefinition(string Id, string Text, IReadOnlyList<string> Cite, string File, int Line);

internal sealed record FlagDefinition(string Id, string Text, FlagSeverity Severity, string File, int Line);

internal sealed record QuestionDefinition(FactDescriptor Fact, string Text, bool RedFlag, IReadOnlyList<AnswerOption> Options, string File, int Line);

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
}
