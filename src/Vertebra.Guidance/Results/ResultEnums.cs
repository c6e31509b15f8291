namespace Vertebra.Guidance;

/// <summary>How soon the person should be seen; the numeric order is the urgency order.</summary>
public enum TriageLevel
{
    Routine = 0,
    Soon = 1,
    Urgent = 2,
    Emergency = 3,
}

/// <summary>Where the person should go.</summary>
public enum Route
{
    SelfCare,
    PrimaryCare,
    RehabilitationDepartment,
    SpineSurgeryClinic,
    EmergencyDepartment,
}

/// <summary>The massage verdict; the numeric order is how restrictive it is.</summary>
public enum MassageVerdict
{
    NotApplicable = 0,
    Acceptable = 1,
    AfterDiagnosisOnly = 2,
    Contraindicated = 3,
}

/// <summary>How serious a flag is.</summary>
public enum FlagSeverity
{
    Info,
    Warning,
    Critical,
}
