using Vertebra.Content.Model;

namespace Vertebra.Content.Import;

/// <summary>
/// Everything one import brings, applied by a store in one transaction: all of it or none of it.
/// </summary>
public sealed class ContentBatch
{
    public List<Article> Articles { get; } = [];
    public List<Topic> Topics { get; } = [];
    public List<ConditionGroup> ConditionGroups { get; } = [];
    public List<Condition> Conditions { get; } = [];
    public List<Clinic> Clinics { get; } = [];
    public List<QaPair> QaPairs { get; } = [];

    /// <summary>Previous/next links given by title, resolved against the store when the batch is applied.</summary>
    public List<PageLink> PageLinks { get; } = [];

    /// <summary>Items the importer passed over, with the reason (shown in the summary).</summary>
    public List<ImportSkip> Skipped { get; } = [];

    /// <summary>
    /// Set when the batch is a seed (the bundled content): the store records the name in the same transaction,
    /// so the seed is applied once per store whatever was imported before it.
    /// </summary>
    public string? SeedName { get; set; }

    public int ItemCount =>
        Articles.Count + Topics.Count + ConditionGroups.Count + Conditions.Count + Clinics.Count + QaPairs.Count;
}
