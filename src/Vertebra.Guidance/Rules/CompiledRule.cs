namespace Vertebra.Guidance;

/// <summary>A rule ready to run: a compiled condition and pre-resolved effects.</summary>
internal sealed class CompiledRule
{
    public required string Id { get; init; }

    public required CompiledCondition Condition { get; init; }

    /// <summary>Bit mask of the facts the condition reads.</summary>
    public required ulong FactMask { get; init; }

    /// <summary>Indexes of the facts the condition reads, ascending.</summary>
    public required int[] FactIndexes { get; init; }

    /// <summary>Triage floor as a rank (0 routine .. 3 emergency), or -1 when the rule sets none.</summary>
    public required int TriageRank { get; init; }

    /// <summary>Massage verdict rank (0 not applicable .. 3 contraindicated), or -1.</summary>
    public required int MassageRank { get; init; }

    /// <summary>Route rank (0 self care .. 4 emergency department), or -1.</summary>
    public required int RouteRank { get; init; }

    /// <summary>The triage level at which the route applies: the rule's own floor, or routine.</summary>
    public required int RouteLevel { get; init; }

    /// <summary>Indexes into the advice table.</summary>
    public required int[] Advice { get; init; }

    /// <summary>Indexes into the flag table.</summary>
    public required int[] Flags { get; init; }
}
