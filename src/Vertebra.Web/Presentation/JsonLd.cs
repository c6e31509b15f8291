using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vertebra.Content.Model;

namespace Vertebra.Web.Presentation;

/// <summary>schema.org structured data for search engines and health portals.</summary>
internal static class JsonLd
{
    // The default encoder escapes '<', '>' and '&', so the JSON can never close the script element it sits in.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string ForArticle(Article article, string url, string siteName)
    {
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = article.Title,
            ["headline"] = article.Title,
            ["description"] = article.Summary,
            ["url"] = url,
            ["inLanguage"] = article.Language == Localisation.SiteLanguage.ChineseContent ? Localisation.SiteLanguage.ChineseTag : article.Language,
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = article.Author },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = siteName },
        };
        if (article.LastReviewed is { } reviewed)
        {
            page["lastReviewed"] = reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (article.Published is { } published)
        {
            page["datePublished"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        page["reviewedBy"] = article.IsClinicallyReviewed
            ? new JsonObject { ["@type"] = "Person", ["name"] = article.MedicalReviewer }
            : new JsonObject { ["@type"] = "Organization", ["name"] = "Not yet clinically reviewed" };
        if (article.References.Count > 0)
        {
            page["citation"] = new JsonArray(article.References.Select(r => (JsonNode)new JsonObject
            {
                ["@type"] = "CreativeWork",
                ["name"] = r.Name,
                ["url"] = r.Url,
            }).ToArray());
        }

        return page.ToJsonString(Options);
    }

    public static string ForCondition(Condition condition, string url, string? clinicName)
    {
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalCondition",
            ["name"] = condition.Name,
            ["description"] = condition.Description,
            ["url"] = url,
            ["inLanguage"] = Localisation.SiteLanguage.CurrentTag,
            ["code"] = new JsonObject
            {
                ["@type"] = "MedicalCode",
                ["codeValue"] = condition.Icd10,
                ["codingSystem"] = "ICD-10",
            },
        };
        if (condition.Synonyms.Count > 0)
        {
            node["alternateName"] = new JsonArray(condition.Synonyms.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray());
        }

        if (clinicName is not null)
        {
            node["relevantSpecialty"] = "Spine surgery";
            node["possibleTreatment"] = new JsonObject { ["@type"] = "MedicalTherapy", ["name"] = "Care at the " + clinicName };
        }

        return node.ToJsonString(Options);
    }
}
