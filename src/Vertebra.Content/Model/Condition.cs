namespace Vertebra.Content.Model;

/// <summary>A condition the department treats, with the words patients use for it.</summary>
public sealed record Condition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Synonyms { get; init; } = [];
    public required string Icd10 { get; init; }
    public required string Group { get; init; }
    public required string Clinic { get; init; }

    /// <summary>What it is, in a few plain sentences.</summary>
    public required string Description { get; init; }

    /// <summary>The condition page beyond the summary: symptoms, treatments, warning signs, sources, review dates.</summary>
    public ConditionDetails Details { get; init; } = ConditionDetails.None;
}

/// <summary>What a condition page shows under its summary.</summary>
public sealed record ConditionDetails
{
    public static ConditionDetails None { get; } = new();

    public IReadOnlyList<string> Symptoms { get; init; } = [];
    public IReadOnlyList<string> Treatments { get; init; } = [];

    /// <summary>Warning signs and what to do, most urgent first.</summary>
    public IReadOnlyList<string> WhenToGetHelp { get; init; } = [];

    /// <summary>Sources from the registry, shown as "Publisher: Title (year)" links.</summary>
    public IReadOnlyList<Reference> Sources { get; init; } = [];
    public DateOnly? LastReviewed { get; init; }
    public DateOnly? NextReviewDue { get; init; }

    public bool IsEmpty => Symptoms.Count == 0 && Treatments.Count == 0 && WhenToGetHelp.Count == 0 && Sources.Count == 0
        && LastReviewed is null && NextReviewDue is null;
}
