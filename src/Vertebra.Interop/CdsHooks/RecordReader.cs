using System.Globalization;
using Hl7.Fhir.Model;
using Vertebra.Interop.Catalogue;
using FhirCondition = Hl7.Fhir.Model.Condition;

namespace Vertebra.Interop.CdsHooks;

/// <summary>
/// Reads prefetched Conditions: which of the department's conditions they are (ICD-10 by prefix, a few SNOMED CT
/// concepts, and the words of the display text), which red flags they carry, and whether a disc herniation is acute.
/// Conditions that are resolved, inactive, refuted or entered in error are ignored.
/// </summary>
internal static class RecordReader
{
    /// <summary>
    /// SNOMED CT concepts recognised by code. Kept to concepts we are sure of; every other SNOMED coding is
    /// recognised by its display term (SNOMED terms name the disorder plainly, e.g. "Prolapsed lumbar intervertebral disc").
    /// </summary>
    internal static readonly Dictionary<string, (string? ConditionId, RedFlagKind? Flag)> SnomedConcepts = new(StringComparer.Ordinal)
    {
        ["23056005"] = ("lumbar-disc-herniation", null),   // Sciatica (disorder)
        ["298382003"] = ("scoliosis", null),               // Scoliosis deformity of spine (disorder)
        ["192970008"] = (null, RedFlagKind.CaudaEquina),    // Cauda equina syndrome (disorder)
        ["363346000"] = (null, RedFlagKind.Cancer),         // Malignant neoplastic disease (disorder)
    };

    private static readonly string[] CaudaEquinaWords = ["cauda equina"];
    private static readonly string[] CancerWords = ["malignan", "metasta", "cancer", "carcinoma", "sarcoma", "lymphoma", "myeloma", "glioma", "ependymoma"];
    private static readonly string[] InfectionWords = ["discitis", "osteomyelitis", "epidural abscess", "spinal tuberculosis", "tuberculosis of spine", "pott"];
    private static readonly string[] FractureWords = ["vertebral fracture", "fracture of vertebra", "spinal fracture", "fracture of spine", "compression fracture", "cord injury", "spinal cord injury"];
    private static readonly string[] MyelopathyWords = ["myelopathy"];
    private static readonly string[] HerniationWords = ["herniat", "prolaps", "slipped disc", "disc displacement", "displacement of", "bulging disc", "disc extrusion"];

    public static RecordFindings Read(IReadOnlyList<FhirCondition> conditions, SpineCatalogue catalogue, DateTimeOffset now)
    {
        var department = new List<string>();
        var flags = new List<RedFlagFinding>();
        var herniations = new List<HerniationFinding>();
        foreach (var condition in conditions.Where(IsCurrent))
        {
            var display = Display(condition);
            var ids = new List<string>();
            var kinds = new HashSet<RedFlagKind>();
            foreach (var coding in condition.Code?.Coding ?? [])
            {
                if (CodeSystems.IsIcd10(coding.System) && coding.Code is { } icd)
                {
                    ids.AddRange(catalogue.ConditionsForIcd10(icd).Select(c => c.Id));
                    if (Icd10Flag(Icd10Code.Normalize(icd)) is { } flag)
                    {
                        kinds.Add(flag);
                    }
                }
                else if (CodeSystems.IsSnomed(coding.System) && coding.Code is { } sct)
                {
                    if (SnomedConcepts.TryGetValue(sct, out var known))
                    {
                        if (known.ConditionId is { } id && catalogue.FindCondition(id) is not null)
                        {
                            ids.Add(id);
                        }

                        if (known.Flag is { } flag)
                        {
                            kinds.Add(flag);
                        }
                    }
                }
            }

            foreach (var flag in TextFlags(display))
            {
                kinds.Add(flag);
            }

            if (ids.Count == 0)
            {
                ids.AddRange(TextConditions(display, catalogue));
            }

            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (!department.Contains(id, StringComparer.Ordinal))
                {
                    department.Add(id);
                }
            }

            foreach (var kind in kinds)
            {
                flags.Add(new RedFlagFinding(kind, display));
            }

            var disc = ids.FirstOrDefault(id => id is "lumbar-disc-herniation" or "cervical-disc-herniation");
            if (disc is not null && (IsDiscCode(condition) || TextMatch.ContainsAny(display, HerniationWords)))
            {
                herniations.Add(new HerniationFinding(display, disc, OnsetDays(condition, now)));
            }
        }

        return new RecordFindings(department, flags.OrderByDescending(f => RedFlagNames.Indicator(f.Kind)).ToArray(), herniations);
    }

    /// <summary>Active (or unstated) clinical status, and not refuted or entered in error.</summary>
    internal static bool IsCurrent(FhirCondition condition)
    {
        var clinical = condition.ClinicalStatus?.Coding.FirstOrDefault(c => c.System == CodeSystems.ConditionClinical)?.Code;
        if (clinical is "inactive" or "resolved" or "remission")
        {
            return false;
        }

        var verification = condition.VerificationStatus?.Coding.FirstOrDefault(c => c.System == CodeSystems.ConditionVerification)?.Code;
        return verification is not ("refuted" or "entered-in-error") && condition.Abatement is null;
    }

    internal static string Display(FhirCondition condition) =>
        condition.Code?.Text
        ?? condition.Code?.Coding.Select(c => c.Display).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d))
        ?? condition.Code?.Coding.Select(c => c.Code).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d))
        ?? "a condition";

    /// <summary>ICD-10 red flags (clinical-sources.md sections a and g).</summary>
    internal static RedFlagKind? Icd10Flag(string code)
    {
        if (code.Length == 0)
        {
            return null;
        }

        if (Icd10Code.IsUnder(code, "G834"))
        {
            return RedFlagKind.CaudaEquina;
        }

        if (code[0] == 'C')
        {
            return RedFlagKind.Cancer; // C00-C97 malignant neoplasms, including C79.5 spinal metastasis
        }

        string[] infection = ["M462", "M463", "M464", "M465", "G061", "A180"];
        if (infection.Any(p => Icd10Code.IsUnder(code, p)))
        {
            return RedFlagKind.SpinalInfection;
        }

        string[] fracture = ["S12", "S131", "S14", "S220", "S231", "S24", "S320", "S331", "S34", "T08", "T093", "M80", "M485"];
        if (fracture.Any(p => Icd10Code.IsUnder(code, p)))
        {
            return RedFlagKind.FractureOrCordInjury;
        }

        string[] myelopathy = ["M500", "M471", "G959"];
        return myelopathy.Any(p => Icd10Code.IsUnder(code, p)) ? RedFlagKind.Myelopathy : null;
    }

    private static IEnumerable<RedFlagKind> TextFlags(string display)
    {
        if (TextMatch.ContainsAny(display, CaudaEquinaWords))
        {
            yield return RedFlagKind.CaudaEquina;
        }

        if (TextMatch.ContainsAny(display, CancerWords))
        {
            yield return RedFlagKind.Cancer;
        }

        if (TextMatch.ContainsAny(display, InfectionWords))
        {
            yield return RedFlagKind.SpinalInfection;
        }

        if (TextMatch.ContainsAny(display, FractureWords))
        {
            yield return RedFlagKind.FractureOrCordInjury;
        }

        if (TextMatch.ContainsAny(display, MyelopathyWords))
        {
            yield return RedFlagKind.Myelopathy;
        }
    }

    /// <summary>Department conditions named by the text: a disc herniation by its region first, then catalogue names and synonyms.</summary>
    private static IEnumerable<string> TextConditions(string display, SpineCatalogue catalogue)
    {
        if (TextMatch.ContainsAny(display, HerniationWords) && display.Contains("disc", StringComparison.OrdinalIgnoreCase))
        {
            var cervical = TextMatch.ContainsAny(display, ["cervical", "neck"]);
            var id = cervical ? "cervical-disc-herniation" : "lumbar-disc-herniation";
            return catalogue.FindCondition(id) is null ? [] : [id];
        }

        return catalogue.ConditionsForText(display).Select(c => c.Id);
    }

    private static bool IsDiscCode(FhirCondition condition) =>
        (condition.Code?.Coding ?? []).Any(c => CodeSystems.IsIcd10(c.System)
            && Icd10Code.Normalize(c.Code) is var code
            && (Icd10Code.IsUnder(code, "M511") || Icd10Code.IsUnder(code, "M512") || Icd10Code.IsUnder(code, "M501") || Icd10Code.IsUnder(code, "M502")));

    /// <summary>Days since onset (onsetDateTime, onsetPeriod.start, else recordedDate); null when the record has no date.</summary>
    internal static int? OnsetDays(FhirCondition condition, DateTimeOffset now)
    {
        var text = condition.Onset switch
        {
            FhirDateTime dt => dt.Value,
            Period p => p.Start,
            _ => null,
        } ?? condition.RecordedDate;
        // Partial dates count from their first day, as UTC; a year alone is too vague to date an acute stage.
        if (text is null || text.Length < 7
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var onset))
        {
            return null;
        }

        var days = (now - onset).TotalDays;
        return days < 0 ? 0 : (int)Math.Floor(days);
    }
}
