namespace Vertebra.Guidance;

/// <summary>One piece of advice with the sources that support it.</summary>
public sealed record AdviceItem(string Id, string Text, IReadOnlyList<string> Citations)
{
    /// <summary>The same sources as <see cref="Citations"/>, with title and link apart (for pages that show titled links).</summary>
    public IReadOnlyList<SourceReference> Sources { get; init; } = [];
}

/// <summary>A warning shown beside the advice.</summary>
public sealed record GuidanceFlag(string Id, string Text, FlagSeverity Severity)
{
    /// <summary>The id of the flag the engine adds while a warning-sign question is unanswered.</summary>
    public const string ProvisionalId = "provisional";

    /// <summary>True for the "not final: warning signs unanswered" flag.</summary>
    public bool IsProvisional => Id == ProvisionalId;
}

/// <summary>A rule that fired and the facts (with their values) it used.</summary>
public sealed record TraceEntry(string Rule, IReadOnlyList<string> Facts);

/// <summary>What the guidance engine answers for one case (guidance-result.schema.json).</summary>
public sealed record GuidanceResult
{
    public required TriageLevel Triage { get; init; }

    public required Route Route { get; init; }

    public required MassageVerdict Massage { get; init; }

    public required IReadOnlyList<AdviceItem> Advice { get; init; }

    public required IReadOnlyList<GuidanceFlag> Flags { get; init; }

    public required IReadOnlyList<TraceEntry> Trace { get; init; }

    /// <summary>Unanswered facts that could change the result, most urgent first.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>Id and version of the rule set, e.g. "vertebra-spine@1.0.0".</summary>
    public required string Ruleset { get; init; }

    /// <summary>True when a red-flag question is unanswered: the answer may get more urgent.</summary>
    public required bool Provisional { get; init; }

    /// <summary>True when a clinician has signed off this version of the rule set (see ruleset.yaml, sign_off).</summary>
    public bool ClinicallyReviewed { get; init; }

    /// <summary>One plain sentence saying what to do.</summary>
    public string? Summary { get; init; }
}
