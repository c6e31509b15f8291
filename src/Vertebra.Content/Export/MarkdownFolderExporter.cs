using Vertebra.Content.Markdown;
using Vertebra.Content.Catalogue;
using Vertebra.Content.Model;

namespace Vertebra.Content.Export;

/// <summary>Writes a whole library back to our native folder format, which <c>import markdown</c> reads again.</summary>
public static class MarkdownFolderExporter
{
    public static int Write(string folder, IReadOnlyList<Article> articles, IReadOnlyList<Topic> topics,
        IReadOnlyList<ConditionGroup> groups, IReadOnlyList<Condition> conditions, IReadOnlyList<Clinic> clinics)
    {
        var articlesFolder = Path.Combine(folder, "articles");
        Directory.CreateDirectory(articlesFolder);
        foreach (var article in articles)
        {
            File.WriteAllText(Path.Combine(articlesFolder, article.Slug + ".md"), ArticleMarkdownWriter.Write(article));
        }

        if (clinics.Count > 0)
        {
            File.WriteAllText(Path.Combine(folder, "clinics.yaml"), CatalogueWriter.WriteClinics(clinics));
        }

        if (conditions.Count > 0 || groups.Count > 0)
        {
            File.WriteAllText(Path.Combine(folder, "conditions.yaml"), CatalogueWriter.WriteConditions(groups, conditions));
        }

        if (topics.Count > 0)
        {
            File.WriteAllText(Path.Combine(folder, "topics.yaml"), CatalogueWriter.WriteTopics(topics));
        }

        return articles.Count;
    }
}
