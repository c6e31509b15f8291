using System.Text.RegularExpressions;
using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using YamlDotNet.Core;
using static Vertebra.Content.Catalogue.CatalogueFiles;

namespace Vertebra.Content.Catalogue;

/// <summary>Reads and checks the condition catalogue, the clinics and the topics.</summary>
public static partial class CatalogueReader
{
    public static (IReadOnlyList<ConditionGroup> Groups, IReadOnlyList<Condition> Conditions) ReadConditions(
        string yaml, string fileName, IReadOnlySet<string> clinicIds)
    {
        var file = Deserialize<ConditionsFile>(yaml, fileName);
        var groups = new List<ConditionGroup>();
        foreach (var g in file.Groups ?? [])
        {
            var id = Need(g.Id, "groups: id", fileName, yaml, g.Id);
            groups.Add(new ConditionGroup(id, Need(g.Name, "name", fileName, yaml, id), g.Description?.Trim() ?? ""));
        }

        EnsureUnique(groups.Select(g => g.Id), "condition group", fileName, yaml);
        var groupIds = groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var conditions = new List<Condition>();
        foreach (var c in file.Conditions ?? [])
        {
            var id = Need(c.Id, "conditions: id", fileName, yaml, c.Name);
            if (!Slugs.IsValid(id))
            {
                throw new ContentImportException(fileName, LineOf(yaml, id), $"the condition id '{id}' must be lower-case words joined by hyphens.");
            }

            var icd = Need(c.Icd10, "icd10", fileName, yaml, id).Trim();
            if (!Icd10Pattern().IsMatch(icd))
            {
                throw new ContentImportException(fileName, LineOf(yaml, icd), $"'{icd}' for '{id}' is not an ICD-10 code such as M51.1.");
            }

            var group = Need(c.Group, "group", fileName, yaml, id).Trim();
            if (!groupIds.Contains(group))
            {
                throw new ContentImportException(fileName, LineOf(yaml, id), $"the condition '{id}' names the group '{group}', which is not listed under groups.");
            }

            var clinic = Need(c.Clinic, "clinic", fileName, yaml, id).Trim();
            if (!clinicIds.Contains(clinic))
            {
                throw new ContentImportException(fileName, LineOf(yaml, id), $"the condition '{id}' names the clinic '{clinic}', which is not in the clinics list.");
            }

            conditions.Add(new Condition
            {
                Id = id,
                Name = Need(c.Name, "name", fileName, yaml, id).Trim(),
                Synonyms = (c.Synonyms ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList(),
                Icd10 = icd,
                Group = group,
                Clinic = clinic,
                Description = Need(c.Description, "description", fileName, yaml, id).Trim(),
            });
        }

        EnsureUnique(conditions.Select(c => c.Id), "condition", fileName, yaml);
        return (groups, conditions);
    }

    public static IReadOnlyList<Clinic> ReadClinics(string yaml, string fileName)
    {
        var file = Deserialize<ClinicsFile>(yaml, fileName);
        var clinics = (file.Clinics ?? []).Select(c =>
        {
            var id = Need(c.Id, "clinics: id", fileName, yaml, c.Name);
            return new Clinic
            {
                Id = id,
                Name = Need(c.Name, "name", fileName, yaml, id).Trim(),
                Treats = Need(c.Treats, "treats", fileName, yaml, id).Trim(),
                Appointment = Need(c.Appointment, "appointment", fileName, yaml, id).Trim(),
            };
        }).ToList();
        EnsureUnique(clinics.Select(c => c.Id), "clinic", fileName, yaml);
        return clinics;
    }

    public static IReadOnlyList<Topic> ReadTopics(string yaml, string fileName)
    {
        var file = Deserialize<TopicsFile>(yaml, fileName);
        var topics = (file.Topics ?? []).Select(t =>
        {
            var slug = Need(t.Slug, "topics: slug", fileName, yaml, t.Title);
            if (!Slugs.IsValid(slug))
            {
                throw new ContentImportException(fileName, LineOf(yaml, slug), $"the topic slug '{slug}' must be lower-case words joined by hyphens.");
            }

            return new Topic
            {
                Slug = slug,
                Title = Need(t.Title, "title", fileName, yaml, slug).Trim(),
                Description = t.Description?.Trim() ?? "",
                ArticleOrder = (t.Articles ?? []).Select(a => a.Trim()).ToList(),
            };
        }).ToList();
        EnsureUnique(topics.Select(t => t.Slug), "topic", fileName, yaml);
        return topics;
    }

    private static T Deserialize<T>(string yaml, string fileName)
        where T : new()
    {
        try
        {
            return Yaml.Reader.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException?.Message ?? ex.Message;
            throw new ContentImportException(fileName, (int)Math.Min(int.MaxValue, ex.Start.Line), $"the file is not valid: {inner}", ex);
        }
    }

    private static string Need(string? value, string key, string fileName, string yaml, string? near)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            var where = string.IsNullOrWhiteSpace(near) ? "" : $" (near '{near}')";
            throw new ContentImportException(fileName, near is null ? null : LineOf(yaml, near), $"the field '{key}' is missing or empty{where}.");
        }

        return value;
    }

    private static void EnsureUnique(IEnumerable<string> ids, string what, string fileName, string yaml)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new ContentImportException(fileName, LineOf(yaml, id), $"the {what} '{id}' is listed twice.");
            }
        }
    }

    private static int? LineOf(string yaml, string text)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")]
    private static partial Regex Icd10Pattern();
}
