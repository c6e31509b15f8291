namespace Vertebra.Interop.Catalogue;

/// <summary>An ICD-10 code outside the catalogue's own codes that means one of its conditions (content/interop/icd10-aliases.yaml).</summary>
public sealed record Icd10Alias(string Code, string ConditionId);
