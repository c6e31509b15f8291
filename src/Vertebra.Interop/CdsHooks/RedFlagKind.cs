namespace Vertebra.Interop.CdsHooks;

/// <summary>Serious conditions on a record that rule out manual therapy until a doctor has assessed them.</summary>
internal enum RedFlagKind
{
    CaudaEquina,
    Cancer,
    SpinalInfection,
    FractureOrCordInjury,
    Myelopathy,
}

/// <summary>Plain names for red flags, as cards show them.</summary>
internal static class RedFlagNames
{
    public static string Of(RedFlagKind kind) => kind switch
    {
        RedFlagKind.CaudaEquina => "cauda equina syndrome",
        RedFlagKind.Cancer => "cancer or a spinal tumour",
        RedFlagKind.SpinalInfection => "a spinal infection",
        RedFlagKind.FractureOrCordInjury => "a spinal fracture or cord injury",
        _ => "spinal cord compression (myelopathy)",
    };

    /// <summary>Myelopathy is a warning; the others are critical.</summary>
    public static CardIndicator Indicator(RedFlagKind kind) =>
        kind == RedFlagKind.Myelopathy ? CardIndicator.Warning : CardIndicator.Critical;
}
