using Vertebra.Content.Sources;

namespace Vertebra.Content.Catalogue;

/// <summary>The YAML shapes of conditions.yaml, clinics.yaml and topics.yaml.</summary>
internal static class CatalogueFiles
{
    internal sealed class ConditionsFile
    {
        public List<GroupEntry>? Groups { get; set; }
        public List<ConditionEntry>? Conditions { get; set; }
    }

    internal sealed class GroupEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }

        /// <summary>Warning signs shared by the group's conditions, used when a condition lists none of its own.</summary>
        public List<string>? WhenToGetHelp { get; set; }
    }

    internal sealed class ConditionEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public List<string>? Synonyms { get; set; }
        public string? Icd10 { get; set; }
        public string? Group { get; set; }
        public string? Clinic { get; set; }
        public string? Description { get; set; }
        public List<string>? Symptoms { get; set; }
        public List<string>? Treatments { get; set; }
        public List<string>? WhenToGetHelp { get; set; }
        public List<string>? Sources { get; set; }

        /// <summary>Sources written out by an export (name and address); bundled files cite registry ids instead.</summary>
        public List<ReferenceEntry>? References { get; set; }
        public string? LastReviewed { get; set; }
        public string? NextReviewDue { get; set; }
    }

    internal sealed class ClinicsFile
    {
        /// <summary>True while the contact details are the bundled examples that each hospital must replace.</summary>
        public bool? ExampleData { get; set; }
        public List<ClinicEntry>? Clinics { get; set; }
    }

    internal sealed class ClinicEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Treats { get; set; }
        public string? Appointment { get; set; }
        public string? Address { get; set; }
        public string? Phone { get; set; }
        public string? Hours { get; set; }
        public string? Referral { get; set; }
        public string? AfterOperation { get; set; }
        public bool? Example { get; set; }
    }

    internal sealed class TopicsFile
    {
        public List<TopicEntry>? Topics { get; set; }
    }

    internal sealed class TopicEntry
    {
        public string? Slug { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public List<string>? Articles { get; set; }
    }
}
