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
    }

    internal sealed class ClinicsFile
    {
        public List<ClinicEntry>? Clinics { get; set; }
    }

    internal sealed class ClinicEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Treats { get; set; }
        public string? Appointment { get; set; }
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
