namespace Vertebra.Content.Model;

/// <summary>An open clinic of the department.</summary>
public sealed record Clinic
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Treats { get; init; }
    public required string Appointment { get; init; }
}
