using Vertebra.Content.Model;

namespace Vertebra.Interop.Catalogue;

/// <summary>
/// Finds the department's conditions for an ICD-10 (WHO) or ICD-10-CM code by prefix: a more specific code
/// (M51.16) falls under the catalogue's category (M51.1), and a broader query (M51) finds the conditions under it.
/// A few extra ICD-10-CM codes that the catalogue does not list map to a catalogue condition (<see cref="Icd10Alias"/>,
/// content/interop/icd10-aliases.yaml).
/// </summary>
internal sealed class Icd10Index
{
    private readonly (string Code, string ConditionId)[] _entries;

    public Icd10Index(IEnumerable<Condition> conditions, IEnumerable<Icd10Alias> aliases)
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

        entries.AddRange(aliases.Where(a => ids.Contains(a.ConditionId)).Select(a => (Icd10Code.Normalize(a.Code), a.ConditionId)));

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
