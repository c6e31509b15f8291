using Vertebra.Content.Catalogue;
using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Content.Sources;

namespace Vertebra.Content.Import;

/// <summary>
/// Reads our native content folder: <c>*.md</c> articles (any depth) and, when present,
/// <c>clinics.yaml</c>, <c>conditions.yaml</c> and <c>topics.yaml</c> at its top.
/// </summary>
public static class MarkdownFolderImporter
{
    public const string ClinicsFile = "clinics.yaml";
    public const string ConditionsFile = "conditions.yaml";
    public const string TopicsFile = "topics.yaml";

    public static ContentBatch Read(string folder, KnownIds known, ImportLimits? limits = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        limits ??= ImportLimits.Default;
        if (!Directory.Exists(folder))
        {
            throw new ContentImportException(folder, null, "the folder does not exist.");
        }

        var batch = new ContentBatch();
        var sources = SourceRegistryFile.ReadFolder(folder, limits);
        var clinicIds = new HashSet<string>(known.Clinics, StringComparer.Ordinal);
        var clinicsPath = Path.Combine(folder, ClinicsFile);
        if (CatalogueFile(clinicsPath, batch))
        {
            batch.Clinics.AddRange(CatalogueReader.ReadClinics(StrictText.ReadFile(clinicsPath, limits), clinicsPath));
            clinicIds.UnionWith(batch.Clinics.Select(c => c.Id));
        }

        var conditionIds = new HashSet<string>(known.Conditions, StringComparer.Ordinal);
        var conditionsPath = Path.Combine(folder, ConditionsFile);
        if (CatalogueFile(conditionsPath, batch))
        {
            var (groups, conditions) = CatalogueReader.ReadConditions(StrictText.ReadFile(conditionsPath, limits), conditionsPath, clinicIds, sources);
            batch.ConditionGroups.AddRange(groups);
            batch.Conditions.AddRange(conditions);
            conditionIds.UnionWith(conditions.Select(c => c.Id));
        }

        var topicIds = new HashSet<string>(known.Topics, StringComparer.Ordinal);
        var topicsPath = Path.Combine(folder, TopicsFile);
        if (CatalogueFile(topicsPath, batch))
        {
            batch.Topics.AddRange(CatalogueReader.ReadTopics(StrictText.ReadFile(topicsPath, limits), topicsPath));
            topicIds.UnionWith(batch.Topics.Select(t => t.Slug));
        }

        var files = RegularFiles.Enumerate(folder, "*.md", batch.Skipped)
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = files[i];
            var text = StrictText.ReadFile(path, limits);
            var article = ArticleMarkdownReader.Parse(text, path, sources);
            if (slugs.TryGetValue(article.Slug, out var other))
            {
                throw new ContentImportException(path, ArticleMarkdownReader.FindKeyLineInFile(text, "slug"),
                    $"the slug '{article.Slug}' is already used by {other}.");
            }

            slugs[article.Slug] = path;
            CheckReferences(article, text, path, topicIds, conditionIds);
            batch.Articles.Add(article);
            texts[article.Slug] = text;
            progress?.Report(new ImportProgress(i + 1, files.Count, "articles"));
        }

        CounterpartCheck.Run(batch.Articles, known.ArticleLanguages, slug => (slugs[slug], texts[slug]));

        foreach (var topic in batch.Topics)
        {
            foreach (var slug in topic.ArticleOrder.Where(s => !slugs.ContainsKey(s)))
            {
                batch.Skipped.Add(new ImportSkip($"{topicsPath}: {topic.Slug}", $"the topic lists '{slug}', which is not in this folder; it is kept in the order in case it is imported later."));
            }
        }

        return batch;
    }

    /// <summary>True when a catalogue file is there to read; a link or special file in its place is skipped with a line.</summary>
    private static bool CatalogueFile(string path, ContentBatch batch)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return false;
        }

        if (RegularFiles.Problem(path, followLink: false) is { } problem)
        {
            batch.Skipped.Add(new ImportSkip(path, problem));
            return false;
        }

        return true;
    }

    private static void CheckReferences(Article article, string text, string path, HashSet<string> topics, HashSet<string> conditions)
    {
        foreach (var topic in article.Topics.Where(t => !topics.Contains(t)))
        {
            throw new ContentImportException(path, ArticleMarkdownReader.FindKeyLineInFile(text, "topics"),
                $"the topic '{topic}' is unknown. Add it to {TopicsFile} or fix the spelling.");
        }

        foreach (var condition in article.Conditions.Where(c => !conditions.Contains(c)))
        {
            throw new ContentImportException(path, ArticleMarkdownReader.FindKeyLineInFile(text, "conditions"),
                $"the condition '{condition}' is not in the condition catalogue ({ConditionsFile}).");
        }
    }
}
