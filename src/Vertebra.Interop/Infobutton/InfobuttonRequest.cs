namespace Vertebra.Interop.Infobutton;

/// <summary>The response formats MedlinePlus Connect offers that this endpoint supports.</summary>
public enum InfobuttonFormat
{
    Atom,
    Json,
}

/// <summary>
/// An HL7 URL-based Infobutton request with MedlinePlus Connect's parameter names: <c>mainSearchCriteria.v.c</c>,
/// <c>mainSearchCriteria.v.cs</c>, <c>mainSearchCriteria.v.dn</c>, <c>knowledgeResponseType</c> and
/// <c>informationRecipient.languageCode.c</c>.
/// </summary>
public sealed record InfobuttonRequest(string? Code, string? CodeSystem, string? DisplayName, InfobuttonFormat Format, string Language)
{
    public const string Icd10CmOid = "2.16.840.1.113883.6.90";
    public const string Icd10Oid = "2.16.840.1.113883.6.3";
    public const string SnomedOid = "2.16.840.1.113883.6.96";

    /// <summary>Reads the query parameters (names are case-sensitive, as MedlinePlus Connect's are).</summary>
    /// <exception cref="InfobuttonException">A parameter is missing or has a value this service does not support.</exception>
    public static InfobuttonRequest Parse(Func<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = Trim(query("mainSearchCriteria.v.c"));
        var system = Trim(query("mainSearchCriteria.v.cs"));
        var display = Trim(query("mainSearchCriteria.v.dn"));
        var type = Trim(query("knowledgeResponseType"));
        var language = Trim(query("informationRecipient.languageCode.c")) ?? "en";
        if (code is null && display is null)
        {
            throw new InfobuttonException("Send a code in mainSearchCriteria.v.c (with its code system in mainSearchCriteria.v.cs), or a name in mainSearchCriteria.v.dn.");
        }

        if (code is not null)
        {
            system ??= Icd10CmOid;
            if (system is not (Icd10CmOid or Icd10Oid or SnomedOid))
            {
                throw new InfobuttonException($"Code system {system} is not supported. Use ICD-10-CM ({Icd10CmOid}), ICD-10 ({Icd10Oid}) or SNOMED CT ({SnomedOid}).");
            }
        }

        var format = type switch
        {
            null or "text/xml" or "application/xml" or "application/atom+xml" => InfobuttonFormat.Atom,
            "application/json" => InfobuttonFormat.Json,
            _ => throw new InfobuttonException($"knowledgeResponseType '{type}' is not supported. Use text/xml (Atom, the default) or application/json."),
        };
        if (language is not ("en" or "es"))
        {
            throw new InfobuttonException($"informationRecipient.languageCode.c '{language}' is not supported. Use en or es.");
        }

        return new InfobuttonRequest(code, code is null ? null : system, display, format, language);
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
