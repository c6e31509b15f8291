using Vertebra.Content.Model;

namespace Vertebra.Interop.Catalogue;

/// <summary>
/// Finds the department's conditions for an ICD-10 (WHO) or ICD-10-CM code by prefix: a more specific code
/// (M51.16) falls under the catalogue's category (M51.1), and a broader query (M51) finds the conditions under it.
/// A few extra ICD-10-CM codes that the catalogue does not list map to a catalogue condition (see <see cref="Aliases"/>).
/// </summary>
internal sealed class Icd10Index
{
    /// <summary>
    /// Codes outside the catalogue's own codes that mean one of its conditions (ICD-10-CM FY2021 and WHO 2019,
    /// checked against clinical-sources.md section g). Site-specific M47 codes are handled in <see cref="Match"/>.
    /// </summary>
    internal static readonly (string Code, string ConditionId)[] Aliases =
    [
        ("M51.2", "lumbar-disc-herniation"),   // other displacement (herniation without radiculopathy), M51.26/M51.27
        ("M54.1", "lumbar-disc-herniation"),   // radiculopathy; cervical sites are sent to cervical-disc-herniation below
        ("M54.1", "cervical-disc-herniation"), // radiculopathy at cervical sites (M54.11-M54.13)
        ("M54.3", "lumbar-disc-herniation"),   // sciatica
        ("M54.4", "lumbar-disc-herniation"),   // lumbago with sciatica
        ("M50.0", "cervical-disc-herniation"), // cervical disc disorder with myelopathy
        ("M50.2", "cervical-disc-herniation"), // other cervical disc displacement
        ("M47.1", "cervical-spondylosis"),     // spondylosis with myelopathy (cervical sites only)
        ("M47.2", "cervical-spondylosis"),     // spondylosis with radiculopathy (cervical sites only)
        ("G93.5", "chiari-malformation"),      // ICD-10-CM codes Chiari type 1 here
        ("C79.4", "metastatic-spinal-tumour"), // secondary neoplasm of other parts of the nervous system (cord)
    ];

    private readonly (string Code, string ConditionId)[] _entries;

    public Icd10Index(IEnumerable<Condition> conditions)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<(string, string)>();
        foreach (var c in conditions)
        {
            ids.Add(c.Id);
            var code = Icd10Code.Normalize(c.Icd10);
            if (code.Length > 0)
            {
                entries.Add((code, c.Id));
            }
        }

        entries.AddRange(Aliases.Where(a => ids.Contains(a.ConditionId)).Select(a => (Icd10Code.Normalize(a.Code), a.ConditionId)));

        // Longest (most specific) catalogue code first.
        _entries = entries.OrderByDescending(e => e.Item1.Length).ToArray();
    }

    /// <summary>Condition ids for the code, most specific first, without repeats. Empty for an unknown code.</summary>
    public IReadOnlyList<string> Match(string code)
    {
        var query = Icd10Code.Normalize(code);
        if (query.Length == 0)
        {
            return [];
        }

        var found = new List<string>();
        foreach (var (entry, id) in _entries)
        {
            if (Icd10Code.IsUnder(query, entry) && Allowed(query, id))
            {
                Add(found, id);
            }
        }

        // A broader query (a category such as "M51" or "D33") finds the conditions under it.
        if (found.Count == 0)
        {
            foreach (var (entry, id) in _entries.OrderBy(e => e.Item1, StringComparer.Ordinal))
            {
                if (Icd10Code.IsUnder(entry, query))
                {
                    Add(found, id);
                }
            }
        }

        return found;
    }

    private static void Add(List<string> found, string id)
    {
        if (!found.Contains(id, StringComparer.Ordinal))
        {
            found.Add(id);
        }
    }

    /// <summary>
    /// Site rules for codes whose last character is the spinal region (ICD-10-CM M47.1x, M47.2x, M47.81x,
    /// M54.1x): 1–3 are cervical, 4–9 thoracic to sacral or unspecified.
    /// </summary>
    private static bool Allowed(string code, string conditionId)
    {
        var siteCoded = (code.StartsWith("M471", StringComparison.Ordinal) || code.StartsWith("M472", StringComparison.Ordinal)) && code.Length == 5
            || code.StartsWith("M4781", StringComparison.Ordinal) && code.Length == 6
            || code.StartsWith("M541", StringComparison.Ordinal) && code.Length == 5;
        if (!siteCoded)
        {
            return true;
        }

        var cervical = code[^1] is '1' or '2' or '3';
        return conditionId switch
        {
            "cervical-spondylosis" or "cervical-disc-herniation" => cervical,
            "lumbar-disc-herniation" => !cervical,
            _ => true,
        };
    }
}
