namespace Vertebra.Interop.CdsHooks;

/// <summary>One red flag found on the record, with the condition text it came from.</summary>
internal sealed record RedFlagFinding(RedFlagKind Kind, string Display);

/// <summary>A disc herniation on the record and how long ago it started (null when the record has no date).</summary>
internal sealed record HerniationFinding(string Display, string ConditionId, int? OnsetDays)
{
    /// <summary>The department's acute stage: under 14 days (content/guidance/rules-40-massage.yaml, acute-disc-stage).</summary>
    public const int AcuteDays = 14;

    public bool IsAcute => OnsetDays is { } days && days < AcuteDays;
}

/// <summary>What the prefetched record shows that matters to the spine department.</summary>
internal sealed record RecordFindings(
    IReadOnlyList<string> DepartmentConditions,
    IReadOnlyList<RedFlagFinding> RedFlags,
    IReadOnlyList<HerniationFinding> Herniations)
{
    public HerniationFinding? AcuteHerniation => Herniations.FirstOrDefault(h => h.IsAcute);
}
