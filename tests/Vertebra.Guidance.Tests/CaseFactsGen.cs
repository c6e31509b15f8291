using CsCheck;

namespace Vertebra.Guidance.Tests;

/// <summary>CsCheck generators for case facts: every fact is either unknown or a valid value.</summary>
internal static class CaseFactsGen
{
    /// <summary>Red-flag situations from the policy's emergency and urgent lists, each applied on its own.</summary>
    public static readonly (string Name, Func<CaseFacts, CaseFacts> Apply)[] RedFlags =
    [
        ("saddle_numbness", f => f with { SaddleNumbness = true }),
        ("bladder_or_bowel_change", f => f with { BladderOrBowelChange = true }),
        ("weakness=progressive", f => f with { Weakness = Weakness.Progressive }),
        ("major_trauma", f => f with { MajorTrauma = true }),
        ("fever", f => f with { Fever = true }),
        ("iv_drug_use_or_immunosuppressed", f => f with { IvDrugUseOrImmunosuppressed = true }),
        ("minor_trauma_with_osteoporosis", f => f with { MinorTraumaWithOsteoporosis = true }),
        ("weight_loss", f => f with { WeightLoss = true }),
        ("night_pain", f => f with { NightPain = true }),
        ("cancer_history with back pain", f => f with { CancerHistory = true, BackPain = true }),
        ("cancer_history with neck pain", f => f with { CancerHistory = true, NeckPain = true }),
        ("thoracic_pain", f => f with { ThoracicPain = true }),
        ("chest_or_abdominal_pain", f => f with { ChestOrAbdominalPain = true }),
        ("fever after a spinal procedure", f => f with { RecentSpinalProcedure = true, Fever = true }),
        ("both legs within 6 weeks", f => f with { LegPain = LegPain.BothLegs, OnsetDays = 20 }),
        ("pain 9 out of 10", f => f with { PainScore = 9 }),
    ];

    /// <summary>
    /// The facts that have a worse value, each with its values from best to worst: every yes/no fact (yes is worse),
    /// pain score (higher is worse), leg pain (none, one leg, both legs) and weakness (none, stable, progressive).
    /// Age, sex, onset, weeks of care, diagnosis and the treatment asked about have no "worse" direction.
    /// </summary>
    public static readonly FactDescriptor[] Orderable = FactCatalog.All
        .Where(f => f.Kind == FactKind.Boolean || f.Name is "pain_score" or "leg_pain" or "weakness")
        .ToArray();

    /// <summary>Ways to add a symptom or red flag, or make one worse.</summary>
    public static readonly (string Name, Func<CaseFacts, CaseFacts> Apply)[] Worsenings =
    [
        .. RedFlags,
        ("back_pain", f => f with { BackPain = true }),
        ("neck_pain", f => f with { NeckPain = true }),
        ("arm_pain", f => f with { ArmPain = true }),
        ("numbness", f => f with { Numbness = true }),
        ("sexual_dysfunction_new", f => f with { SexualDysfunctionNew = true }),
        ("gait_or_hand_clumsiness", f => f with { GaitOrHandClumsiness = true }),
        ("long_term_steroids", f => f with { LongTermSteroids = true }),
        ("cancer_history", f => f with { CancerHistory = true }),
        ("leg pain worse", f => f with { LegPain = f.LegPain is null or LegPain.None ? LegPain.OneLeg : LegPain.BothLegs }),
        ("weakness worse", f => f with { Weakness = f.Weakness is null or Weakness.None ? Weakness.Stable : Weakness.Progressive }),
    ];

    /// <summary>Any case facts, with some facts unknown.</summary>
    public static readonly Gen<CaseFacts> Any = Gen.Int[0, 1_000_000].Array[FactCatalog.All.Length].Select(Build);

    /// <summary>Case facts where every fact is answered.</summary>
    public static readonly Gen<CaseFacts> Complete = Gen.Int[0, 1_000_000].Array[FactCatalog.All.Length].Select(raw => Build(raw, allowUnknown: false));

    public static CaseFacts Build(int[] raw) => Build(raw, allowUnknown: true);

    private static CaseFacts Build(int[] raw, bool allowUnknown)
    {
        var facts = CaseFacts.Empty;
        foreach (var fact in FactCatalog.All)
        {
            var max = fact.Kind == FactKind.Integer && fact.Max == int.MaxValue ? 400 : fact.Max;
            var size = max - fact.Min + 1;
            var pick = raw[fact.Index] % (allowUnknown ? size + 2 : size);
            if (pick >= size)
            {
                continue; // unknown (about one in three for yes/no facts)
            }

            facts = fact.Write(facts, fact.Min + pick);
        }

        return facts;
    }
}
