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
    public required string Description { get; init; }
}
