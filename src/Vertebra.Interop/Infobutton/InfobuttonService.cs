using System.Net;
using Vertebra.Content.Model;
using Vertebra.Interop.Catalogue;
using Vertebra.Interop.CdsHooks;

namespace Vertebra.Interop.Infobutton;

/// <summary>
/// Answers Infobutton requests the way MedlinePlus Connect does: the department's conditions for the code (ICD-10 by
/// prefix, so M51.16 finds lumbar disc herniation, M51.1), each followed by its patient articles, as an Atom feed or
/// MedlinePlus Connect's JSON. A code nobody treats here gives an empty feed. Thread-safe.
/// </summary>
public sealed class InfobuttonService
{
    /// <summary>MedlinePlus Connect returns at most 3 health topics per code; so do we.</summary>
    public const int MaxConditions = 3;
    public const int MaxArticlesPerCondition = 5;

    private readonly TimeProvider _time;

    public InfobuttonService(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>The response body and its content type.</summary>
    public (string ContentType, string Body) Answer(InfobuttonRequest request, SpineCatalogue catalogue, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var conditions = Find(request, catalogue).Take(MaxConditions).ToArray();
        var root = baseUrl.TrimEnd('/');
        var entries = new List<InfobuttonEntry>();
        foreach (var condition in conditions)
        {
            var summary = "<p>" + WebUtility.HtmlEncode(condition.Description) + "</p>";
            if (condition.Synonyms.Count > 0)
            {
                summary += "<p>Also called: " + WebUtility.HtmlEncode(string.Join(", ", condition.Synonyms)) + "</p>";
            }

            summary += "<p>ICD-10 " + WebUtility.HtmlEncode(condition.Icd10) + ". From the Vertebra spine department.</p>";
            entries.Add(new InfobuttonEntry(condition.Name, root + "/conditions/" + Uri.EscapeDataString(condition.Id), summary));
            foreach (var article in catalogue.ArticlesFor(condition.Id).Take(MaxArticlesPerCondition))
            {
                if (entries.All(e => !e.Url.EndsWith("/articles/" + article.Slug, StringComparison.Ordinal)))
                {
                    entries.Add(new InfobuttonEntry(article.Title, root + "/articles/" + Uri.EscapeDataString(article.Slug), "<p>" + WebUtility.HtmlEncode(article.Summary) + "</p>"));
                }
            }
        }

        var feed = new InfobuttonFeed(
            Title: conditions.Length > 0 ? "Vertebra: " + string.Join(", ", conditions.Select(c => c.Name)) : "Vertebra: no matching information",
            Subtitle: Subtitle(request),
            Id: "urn:vertebra:infobutton:" + Uri.EscapeDataString(request.CodeSystem ?? "text") + ":" + Uri.EscapeDataString(request.Code ?? request.DisplayName ?? ""),
            BaseUrl: root + "/",
            Updated: _time.GetUtcNow(),
            Request: request,
            Entries: entries);
        return request.Format == InfobuttonFormat.Json
            ? ("application/json; charset=utf-8", InfobuttonWriter.Json(feed))
            : ("application/atom+xml; charset=utf-8", InfobuttonWriter.Atom(feed));
    }

    private static IEnumerable<Condition> Find(InfobuttonRequest request, SpineCatalogue catalogue)
    {
        if (request.Code is { } code)
        {
            if (request.CodeSystem == InfobuttonRequest.SnomedOid)
            {
                return RecordReader.SnomedConcepts.TryGetValue(code, out var known) && known.ConditionId is { } id && catalogue.FindCondition(id) is { } c
                    ? [c]
                    : request.DisplayName is { } dn ? catalogue.ConditionsForText(dn) : [];
            }

            var byCode = catalogue.ConditionsForIcd10(code);
            return byCode.Count > 0 || request.DisplayName is null ? byCode : catalogue.ConditionsForText(request.DisplayName);
        }

        return catalogue.ConditionsForText(request.DisplayName!);
    }

    private static string Subtitle(InfobuttonRequest request)
    {
        var system = request.CodeSystem switch
        {
            InfobuttonRequest.Icd10CmOid => "ICD-10-CM",
            InfobuttonRequest.Icd10Oid => "ICD-10",
            InfobuttonRequest.SnomedOid => "SNOMED CT",
            _ => null,
        };
        return request.Code is { } code
            ? $"Vertebra spine department patient information for {system} {code}"
            : $"Vertebra spine department patient information for \"{request.DisplayName}\"";
    }
}
