namespace Vertebra.Guidance;

/// <summary>
/// What the guidance engine is told about one person (case-facts.schema.json).
/// Every property is optional: <c>null</c> means "not asked / unknown", never "no".
/// </summary>
public sealed record CaseFacts
{
    public int? Age { get; init; }
    public Sex? Sex { get; init; }
    public bool? Pregnant { get; init; }
    public int? OnsetDays { get; init; }
    public int? PainScore { get; init; }
    public bool? BackPain { get; init; }
    public LegPain? LegPain { get; init; }
    public bool? NeckPain { get; init; }
    public bool? ArmPain { get; init; }
    public bool? Numbness { get; init; }
    public Weakness? Weakness { get; init; }
    public bool? SaddleNumbness { get; init; }
    public bool? BladderOrBowelChange { get; init; }
    public bool? SexualDysfunctionNew { get; init; }
    public bool? Fever { get; init; }
    public bool? CancerHistory { get; init; }
    public bool? WeightLoss { get; init; }
    public bool? MajorTrauma { get; init; }
    public bool? MinorTraumaWithOsteoporosis { get; init; }
    public bool? LongTermSteroids { get; init; }
    public bool? NightPain { get; init; }
    public bool? ThoracicPain { get; init; }
    public bool? ChestOrAbdominalPain { get; init; }
    public bool? IvDrugUseOrImmunosuppressed { get; init; }
    public bool? RecentSpinalProcedure { get; init; }
    public bool? InflammatoryPattern { get; init; }
    public Diagnosis? Diagnosis { get; init; }
    public int? ConservativeCareWeeks { get; init; }
    public bool? GaitOrHandClumsiness { get; init; }
    public RequestedTreatment? RequestedTreatment { get; init; }

    /// <summary>A case where nothing has been asked yet.</summary>
    public static CaseFacts Empty { get; } = new();
}
