namespace Vertebra.Claims;

/// <summary>How serious a claim is for a patient who believes it.</summary>
public enum ClaimSeverity
{
    /// <summary>Misleading; may cost money or time.</summary>
    Warning,

    /// <summary>May lead to harm or to a missed serious problem.</summary>
    Critical,
}
