namespace Vertebra.Guidance;

/// <summary>Sex as recorded in case facts (schema order: female, male).</summary>
public enum Sex
{
    Female,
    Male,
}

/// <summary>Where leg pain is felt (schema order: none, one_leg, both_legs).</summary>
public enum LegPain
{
    None,
    OneLeg,
    BothLegs,
}

/// <summary>Muscle weakness and its course (schema order: none, stable, progressive).</summary>
public enum Weakness
{
    None,
    Stable,
    Progressive,
}

/// <summary>What a doctor has diagnosed (schema order).</summary>
public enum Diagnosis
{
    None,
    Ldh,
    CervicalDisc,
    Stenosis,
    NonspecificBackPain,
    Other,
}

/// <summary>A treatment the person asks about (schema order).</summary>
public enum RequestedTreatment
{
    None,
    Massage,
    Traction,
    Manipulation,
    BoneSetting,
    Surgery,
}
