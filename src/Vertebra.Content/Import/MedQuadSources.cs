namespace Vertebra.Content.Import;

/// <summary>Names and licence of the MedQuAD collections (Ben Abacha and Demner-Fushman, BMC Bioinformatics 2019).</summary>
public static class MedQuadSources
{
    public const string Licence = "CC BY 4.0 (MedQuAD, Ben Abacha and Demner-Fushman, 2019)";

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ADAM"] = "A.D.A.M. Medical Encyclopedia (MedlinePlus)",
        ["CancerGov"] = "National Cancer Institute (cancer.gov)",
        ["CDC"] = "Centers for Disease Control and Prevention",
        ["GARD"] = "Genetic and Rare Diseases Information Center",
        ["GHR"] = "Genetics Home Reference (NIH)",
        ["MPlusDrugs"] = "MedlinePlus Drugs",
        ["MPlusHealthTopics"] = "MedlinePlus Health Topics",
        ["MPlusHerbsSuppls"] = "MedlinePlus Herbs and Supplements",
        ["NHLBI"] = "National Heart, Lung, and Blood Institute",
        ["NIDDK"] = "National Institute of Diabetes and Digestive and Kidney Diseases",
        ["NIHSeniorHealth"] = "NIHSeniorHealth",
        ["NINDS"] = "National Institute of Neurological Disorders and Stroke",
    };

    /// <summary>The collection's name as people know it, or the code itself when unknown.</summary>
    public static string DisplayName(string source) => Names.TryGetValue(source, out var name) ? name : source;

    /// <summary>
    /// The source code used in answer ids: <c>MPlusHerbsSupplements</c> is written <c>MPlusHerbsSuppls</c>. Only ASCII
    /// letters and digits are kept: the code becomes part of slugs, ids and exported file names.
    /// </summary>
    public static string IdCode(string? source) => source switch
    {
        null or "" => "corpus",
        "MPlusHerbsSupplements" => "MPlusHerbsSuppls",
        _ => new string(source.Where(char.IsAsciiLetterOrDigit).Take(40).ToArray()) is { Length: > 0 } code ? code : "corpus",
    };
}
