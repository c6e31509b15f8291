namespace Vertebra.Guidance;

/// <summary>
/// The case facts of case-facts.schema.json (version 2), in schema order. Written by hand: the contract tests
/// (tests/Vertebra.Guidance.Tests/SchemaContractTests.cs) compare every name, type, range and value with the schema
/// copy shipped in Schemas/ and with ../shared/spec, and fail when they differ.
/// </summary>
internal static class FactCatalog
{
    private const int U = FactDescriptor.Unknown;

    public static readonly FactDescriptor[] All =
    [
        new(0, "age", FactKind.Integer, 0, 120, [], f => f.Age ?? U, (f, c) => f with { Age = c == U ? null : c }),
        new(1, "sex", FactKind.Choice, 0, 1, ["female", "male"], f => f.Sex is { } v ? (int)v : U, (f, c) => f with { Sex = c == U ? null : (Sex)c }),
        new(2, "pregnant", FactKind.Boolean, 0, 1, [], f => f.Pregnant is { } v ? (v ? 1 : 0) : U, (f, c) => f with { Pregnant = c == U ? null : c != 0 }),
        new(3, "onset_days", FactKind.Integer, 0, int.MaxValue, [], f => f.OnsetDays ?? U, (f, c) => f with { OnsetDays = c == U ? null : c }),
        new(4, "pain_score", FactKind.Integer, 0, 10, [], f => f.PainScore ?? U, (f, c) => f with { PainScore = c == U ? null : c }),
        new(5, "back_pain", FactKind.Boolean, 0, 1, [], f => f.BackPain is { } v ? (v ? 1 : 0) : U, (f, c) => f with { BackPain = c == U ? null : c != 0 }),
        new(6, "leg_pain", FactKind.Choice, 0, 2, ["none", "one_leg", "both_legs"], f => f.LegPain is { } v ? (int)v : U, (f, c) => f with { LegPain = c == U ? null : (LegPain)c }),
        new(7, "neck_pain", FactKind.Boolean, 0, 1, [], f => f.NeckPain is { } v ? (v ? 1 : 0) : U, (f, c) => f with { NeckPain = c == U ? null : c != 0 }),
        new(8, "arm_pain", FactKind.Boolean, 0, 1, [], f => f.ArmPain is { } v ? (v ? 1 : 0) : U, (f, c) => f with { ArmPain = c == U ? null : c != 0 }),
        new(9, "numbness", FactKind.Boolean, 0, 1, [], f => f.Numbness is { } v ? (v ? 1 : 0) : U, (f, c) => f with { Numbness = c == U ? null : c != 0 }),
        new(10, "weakness", FactKind.Choice, 0, 2, ["none", "stable", "progressive"], f => f.Weakness is { } v ? (int)v : U, (f, c) => f with { Weakness = c == U ? null : (Weakness)c }),
        new(11, "saddle_numbness", FactKind.Boolean, 0, 1, [], f => f.SaddleNumbness is { } v ? (v ? 1 : 0) : U, (f, c) => f with { SaddleNumbness = c == U ? null : c != 0 }),
        new(12, "bladder_or_bowel_change", FactKind.Boolean, 0, 1, [], f => f.BladderOrBowelChange is { } v ? (v ? 1 : 0) : U, (f, c) => f with { BladderOrBowelChange = c == U ? null : c != 0 }),
        new(13, "sexual_dysfunction_new", FactKind.Boolean, 0, 1, [], f => f.SexualDysfunctionNew is { } v ? (v ? 1 : 0) : U, (f, c) => f with { SexualDysfunctionNew = c == U ? null : c != 0 }),
        new(14, "fever", FactKind.Boolean, 0, 1, [], f => f.Fever is { } v ? (v ? 1 : 0) : U, (f, c) => f with { Fever = c == U ? null : c != 0 }),
        new(15, "cancer_history", FactKind.Boolean, 0, 1, [], f => f.CancerHistory is { } v ? (v ? 1 : 0) : U, (f, c) => f with { CancerHistory = c == U ? null : c != 0 }),
        new(16, "weight_loss", FactKind.Boolean, 0, 1, [], f => f.WeightLoss is { } v ? (v ? 1 : 0) : U, (f, c) => f with { WeightLoss = c == U ? null : c != 0 }),
        new(17, "major_trauma", FactKind.Boolean, 0, 1, [], f => f.MajorTrauma is { } v ? (v ? 1 : 0) : U, (f, c) => f with { MajorTrauma = c == U ? null : c != 0 }),
        new(18, "minor_trauma_with_osteoporosis", FactKind.Boolean, 0, 1, [], f => f.MinorTraumaWithOsteoporosis is { } v ? (v ? 1 : 0) : U, (f, c) => f with { MinorTraumaWithOsteoporosis = c == U ? null : c != 0 }),
        new(19, "long_term_steroids", FactKind.Boolean, 0, 1, [], f => f.LongTermSteroids is { } v ? (v ? 1 : 0) : U, (f, c) => f with { LongTermSteroids = c == U ? null : c != 0 }),
        new(20, "night_pain", FactKind.Boolean, 0, 1, [], f => f.NightPain is { } v ? (v ? 1 : 0) : U, (f, c) => f with { NightPain = c == U ? null : c != 0 }),
        new(21, "thoracic_pain", FactKind.Boolean, 0, 1, [], f => f.ThoracicPain is { } v ? (v ? 1 : 0) : U, (f, c) => f with { ThoracicPain = c == U ? null : c != 0 }),
        new(22, "chest_or_abdominal_pain", FactKind.Boolean, 0, 1, [], f => f.ChestOrAbdominalPain is { } v ? (v ? 1 : 0) : U, (f, c) => f with { ChestOrAbdominalPain = c == U ? null : c != 0 }),
        new(23, "iv_drug_use_or_immunosuppressed", FactKind.Boolean, 0, 1, [], f => f.IvDrugUseOrImmunosuppressed is { } v ? (v ? 1 : 0) : U, (f, c) => f with { IvDrugUseOrImmunosuppressed = c == U ? null : c != 0 }),
        new(24, "recent_spinal_procedure", FactKind.Boolean, 0, 1, [], f => f.RecentSpinalProcedure is { } v ? (v ? 1 : 0) : U, (f, c) => f with { RecentSpinalProcedure = c == U ? null : c != 0 }),
        new(25, "inflammatory_pattern", FactKind.Boolean, 0, 1, [], f => f.InflammatoryPattern is { } v ? (v ? 1 : 0) : U, (f, c) => f with { InflammatoryPattern = c == U ? null : c != 0 }),
        new(26, "diagnosis", FactKind.Choice, 0, 5, ["none", "ldh", "cervical_disc", "stenosis", "nonspecific_back_pain", "other"], f => f.Diagnosis is { } v ? (int)v : U, (f, c) => f with { Diagnosis = c == U ? null : (Diagnosis)c }),
        new(27, "conservative_care_weeks", FactKind.Integer, 0, int.MaxValue, [], f => f.ConservativeCareWeeks ?? U, (f, c) => f with { ConservativeCareWeeks = c == U ? null : c }),
        new(28, "gait_or_hand_clumsiness", FactKind.Boolean, 0, 1, [], f => f.GaitOrHandClumsiness is { } v ? (v ? 1 : 0) : U, (f, c) => f with { GaitOrHandClumsiness = c == U ? null : c != 0 }),
        new(29, "requested_treatment", FactKind.Choice, 0, 5, ["none", "massage", "traction", "manipulation", "bone_setting", "surgery"], f => f.RequestedTreatment is { } v ? (int)v : U, (f, c) => f with { RequestedTreatment = c == U ? null : (RequestedTreatment)c }),
    ];

    /// <summary>How many facts there are (the length of <see cref="All"/>).</summary>
    public static readonly int Count = All.Length;

    private static readonly Dictionary<string, FactDescriptor> ByName = All.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public static FactDescriptor? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Reads every fact into <paramref name="codes"/> (index = fact index) without delegates.</summary>
    public static void ReadAll(CaseFacts f, Span<int> codes)
    {
        codes[0] = f.Age ?? U;
        codes[1] = f.Sex is { } c1 ? (int)c1 : U;
        codes[2] = f.Pregnant is { } b2 ? (b2 ? 1 : 0) : U;
        codes[3] = f.OnsetDays ?? U;
        codes[4] = f.PainScore ?? U;
        codes[5] = f.BackPain is { } b5 ? (b5 ? 1 : 0) : U;
        codes[6] = f.LegPain is { } c6 ? (int)c6 : U;
        codes[7] = f.NeckPain is { } b7 ? (b7 ? 1 : 0) : U;
        codes[8] = f.ArmPain is { } b8 ? (b8 ? 1 : 0) : U;
        codes[9] = f.Numbness is { } b9 ? (b9 ? 1 : 0) : U;
        codes[10] = f.Weakness is { } c10 ? (int)c10 : U;
        codes[11] = f.SaddleNumbness is { } b11 ? (b11 ? 1 : 0) : U;
        codes[12] = f.BladderOrBowelChange is { } b12 ? (b12 ? 1 : 0) : U;
        codes[13] = f.SexualDysfunctionNew is { } b13 ? (b13 ? 1 : 0) : U;
        codes[14] = f.Fever is { } b14 ? (b14 ? 1 : 0) : U;
        codes[15] = f.CancerHistory is { } b15 ? (b15 ? 1 : 0) : U;
        codes[16] = f.WeightLoss is { } b16 ? (b16 ? 1 : 0) : U;
        codes[17] = f.MajorTrauma is { } b17 ? (b17 ? 1 : 0) : U;
        codes[18] = f.MinorTraumaWithOsteoporosis is { } b18 ? (b18 ? 1 : 0) : U;
        codes[19] = f.LongTermSteroids is { } b19 ? (b19 ? 1 : 0) : U;
        codes[20] = f.NightPain is { } b20 ? (b20 ? 1 : 0) : U;
        codes[21] = f.ThoracicPain is { } b21 ? (b21 ? 1 : 0) : U;
        codes[22] = f.ChestOrAbdominalPain is { } b22 ? (b22 ? 1 : 0) : U;
        codes[23] = f.IvDrugUseOrImmunosuppressed is { } b23 ? (b23 ? 1 : 0) : U;
        codes[24] = f.RecentSpinalProcedure is { } b24 ? (b24 ? 1 : 0) : U;
        codes[25] = f.InflammatoryPattern is { } b25 ? (b25 ? 1 : 0) : U;
        codes[26] = f.Diagnosis is { } c26 ? (int)c26 : U;
        codes[27] = f.ConservativeCareWeeks ?? U;
        codes[28] = f.GaitOrHandClumsiness is { } b28 ? (b28 ? 1 : 0) : U;
        codes[29] = f.RequestedTreatment is { } c29 ? (int)c29 : U;
    }
}
