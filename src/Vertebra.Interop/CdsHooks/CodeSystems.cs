namespace Vertebra.Interop.CdsHooks;

/// <summary>Code system URIs and OIDs the services recognise.</summary>
internal static class CodeSystems
{
    public const string Snomed = "http://snomed.info/sct";
    public const string Icd10 = "http://hl7.org/fhir/sid/icd-10";
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /// <summary>True for ICD-10 (WHO) and national variants such as ICD-10-CM, -GM, -AM, -CA.</summary>
    public static bool IsIcd10(string? system) =>
        system is not null && (system.StartsWith(Icd10, StringComparison.OrdinalIgnoreCase)
            || system.Contains("icd-10", StringComparison.OrdinalIgnoreCase)
            || system.Contains("icd10", StringComparison.OrdinalIgnoreCase)
            || system is "urn:oid:2.16.840.1.113883.6.90" or "urn:oid:2.16.840.1.113883.6.3");

    public static bool IsSnomed(string? system) =>
        system is Snomed or "urn:oid:2.16.840.1.113883.6.96";
}
