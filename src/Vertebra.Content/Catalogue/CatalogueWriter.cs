using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Content.Sources;
using static Vertebra.Content.Catalogue.CatalogueFiles;

namespace Vertebra.Content.Catalogue;

/// <summary>Writes the catalogue files in the shape <see cref="CatalogueReader"/> reads.</summary>
public static class CatalogueWriter
{
    public static string WriteConditions(IReadOnlyList<ConditionGroup> groups, IReadOnlyList<Condition> conditions) =>
        Yaml.Writer.Serialize(new ConditionsFile
        {
            Groups = groups.Select(g => new GroupEntry { Id = g.Id, Name = g.Name, Description = g.Description }).ToList(),
            Conditions = conditions.Select(c => new ConditionEntry
            {
                Id = c.Id,
                Name = c.Name,
                Synonyms = [.. c.Synonyms],
                Icd10 = c.Icd10,
                Group = c.Group,
                Clinic = c.Clinic,
                Description = c.Description,
                Symptoms = [.. c.Details.Symptoms],
                Treatments = [.. c.Details.Treatments],
                WhenToGetHelp = [.. c.Details.WhenToGetHelp],
                References = c.Details.Sources.Select(ReferenceEntry.From).ToList(),
                LastReviewed = Format(c.Details.LastReviewed),
                NextReviewDue = Format(c.Details.NextReviewDue),
            }).ToList(),
        });

    public static string WriteClinics(IReadOnlyList<Clinic> clinics) =>
        Yaml.Writer.Serialize(new ClinicsFile
        {
            Clinics = clinics.Select(c => new ClinicEntry
            {
                Id = c.Id,
                Name = c.Name,
                Treats = c.Treats,
                Appointment = c.Appointment,
                Address = c.Contact.Address,
                Phone = c.Contact.Phone,
                Hours = c.Contact.Hours,
                Referral = c.Contact.Referral,
                AfterOperation = c.Contact.AfterOperation,
                Example = c.Contact.IsExample ? true : null,
            }).ToList(),
        });

    private static string? Format(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string WriteTopics(IReadOnlyList<Topic> topics) =>
        Yaml.Writer.Serialize(new TopicsFile
        {
            Topics = topics.Select(t => new TopicEntry { Slug = t.Slug, Title = t.Title, Description = t.Description, Articles = [.. t.ArticleOrder] }).ToList(),
        });
}
