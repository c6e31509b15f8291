using System.Text.RegularExpressions;
using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Content.Sources;
using YamlDotNet.Core;
using static Vertebra.Content.Catalogue.CatalogueFiles;

namespace Vertebra.Content.Catalogue;

/// <summary>Reads and checks the condition catalogue, the clinics and the topics.</summary>
public static partial class CatalogueReader
{
    public static (IReadOnlyList<ConditionGroup> Groups, IReadOnlyList<Condition> Conditions) ReadConditions(
        string yaml, string fileName, IReadOnlySet<string> clinicIds) => ReadConditions(yaml, fileName, clinicIds, SourceRegistry.Empty);

    /// <summary>Reads the catalogue; a condition's <c>sources:</c> ids are resolved against the registry.</summary>
    public static (IReadOnlyList<ConditionGroup> Groups, IReadOnlyList<Condition> Conditions) ReadConditions(
        string yaml, string fileName, IReadOnlySet<string> clinicIds, SourceRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var file = Deserialize<ConditionsFile>(yaml, fileName);
        var groups = new List<ConditionGroup>();
        foreach (var g in file.Groups ?? [])
        {
            var id = Need(g.Id, "groups: id", fileName, yaml, g.Id);
            groups.Add(new ConditionGroup(id, Need(g.Name, "name", fileName, yaml, id), g.Description?.Trim() ?? ""));
        }

        EnsureUnique(groups.Select(g => g.Id), "condition group", fileName, yaml);
        var groupHelp = (file.Groups ?? []).Where(g => g.Id is not null)
            .ToDictionary(g => g.Id!.Trim(), g => Lines(g.WhenToGetHelp), StringComparer.Ordinal);
        var groupIds = groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var conditions = new List<Condition>();
        foreach (var c in file.Conditions ?? [])
        {
            var id = Need(c.Id, "conditions: id", fileName, yaml, c.Name);
            if (!Slugs.IsValid(id))
            {
                throw new ContentImportException(fileName, Yaml.LineOf(yaml, id), $"the condition id '{id}' must be lower-case words joined by hyphens.");
            }

            var icd = Need(c.Icd10, "icd10", fileName, yaml, id).Trim();
            if (!Icd10Pattern().IsMatch(icd))
            {
                throw new ContentImportException(fileName, Yaml.LineOf(yaml, icd), $"'{icd}' for '{id}' is not an ICD-10 code such as M51.1.");
            }

            var group = Need(c.Group, "group", fileName, yaml, id).Trim();
            if (!groupIds.Contains(group))
            {
                throw new ContentImportException(fileName, Yaml.LineOf(yaml, id), $"the condition '{id}' names the group '{group}', which is not listed under groups.");
            }

            var clinic = Need(c.Clinic, "clinic", fileName, yaml, id).Trim();
            if (!clinicIds.Contains(clinic))
            {
                throw new ContentImportException(fileName, Yaml.LineOf(yaml, id), $"the condition '{id}' names the clinic '{clinic}', which is not in the clinics list.");
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
                Details = new ConditionDetails
                {
                    Symptoms = Lines(c.Symptoms),
                    Treatments = Lines(c.Treatments),
                    WhenToGetHelp = c.WhenToGetHelp is { Count: > 0 } ? Lines(c.WhenToGetHelp) : groupHelp.GetValueOrDefault(group, []),
                    Sources = ConditionSources(c, registry, fileName, yaml, id),
                    LastReviewed = Date(c.LastReviewed, "last_reviewed", fileName, yaml, id),
                    NextReviewDue = Date(c.NextReviewDue, "next_review_due", fileName, yaml, id),
                },
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
            var phone = Text(c.Phone);
            if (phone is not null && !PhonePattern().IsMatch(phone))
            {
                throw new ContentImportException(fileName, Yaml.LineOf(yaml, phone), $"the phone number '{phone}' of '{id}' may hold only digits, spaces, brackets, hyphens and a leading +.");
            }

            return new Clinic
            {
                Id = id,
                Name = Need(c.Name, "name", fileName, yaml, id).Trim(),
                Treats = Need(c.Treats, "treats", fileName, yaml, id).Trim(),
                Appointment = Need(c.Appointment, "appointment", fileName, yaml, id).Trim(),
                Contact = new ClinicContact
                {
                    Address = Text(c.Address),
                    Phone = phone,
                    Hours = Text(c.Hours),
                    Referral = Text(c.Referral),
                    AfterOperation = Text(c.AfterOperation),
                    IsExample = c.Example ?? file.ExampleData ?? false,
                },
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
                throw new ContentImportException(fileName, Yaml.LineOf(yaml, slug), $"the topic slug '{slug}' must be lower-case words joined by hyphens.");
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

    private static List<Reference> ConditionSources(ConditionEntry c, SourceRegistry registry, string fileName, string yaml, string id)
    {
        var line = Yaml.LineOf(yaml, "id: " + id);
        var sources = (c.Sources ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => registry.ReferenceFor(s.Trim(), fileName, line)).ToList();
        foreach (var r in c.References ?? [])
        {
            var name = Need(r.Name, "references: name", fileName, yaml, id).Trim();
            var url = Need(r.Url, "references: url", fileName, yaml, id).Trim();
            if (TrustedPublishers.Problem(url) is { } problem)
            {
                throw new ContentImportException(fileName, line, $"the condition '{id}' cites {problem}");
            }

            sources.Add(new Reference(name, url));
        }

        return sources;
    }

    private static List<string> Lines(List<string>? values) =>
        values is null ? [] : values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string? value, string key, string fileName, string yaml, string id)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new ContentImportException(fileName, Yaml.LineOf(yaml, "id: " + id), $"the date in '{key}' of '{id}' must be written as YYYY-MM-DD, not '{value}'.");
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
            throw new ContentImportException(fileName, near is null ? null : Yaml.LineOf(yaml, near), $"the field '{key}' is missing or empty{where}.");
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
                throw new ContentImportException(fileName, Yaml.LineOf(yaml, id), $"the {what} '{id}' is listed twice.");
            }
        }
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ()-]{5,24}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")]
    private static partial Regex Icd10Pattern();
}
