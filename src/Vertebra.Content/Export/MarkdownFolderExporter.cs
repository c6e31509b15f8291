using Vertebra.Content.Markdown;
using Vertebra.Content.Catalogue;
using Vertebra.Content.Model;

namespace Vertebra.Content.Export;

/// <summary>
/// Writes a whole library back to our native folder format, which <c>import markdown</c> reads again. Every file name
/// is checked first: a slug that is not a plain slug, or a path that would leave the folder, refuses the whole export
/// before anything is written. Articles in a language other than English go to a folder named after it
/// (<c>articles/zh/</c>), as in the bundled content.
/// </summary>
public static class MarkdownFolderExporter
{
    public static int Write(string folder, IReadOnlyList<Article> articles, IReadOnlyList<Topic> topics,
        IReadOnlyList<ConditionGroup> groups, IReadOnlyList<Condition> conditions, IReadOnlyList<Clinic> clinics)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var articlesFolder = Path.GetFullPath(Path.Combine(folder, "articles"));
        var paths = articles.Select(a => ArticlePath(FolderFor(articlesFolder, a.Language), a.Slug)).ToList();
        Directory.CreateDirectory(articlesFolder);
        for (var i = 0; i < articles.Count; i++)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(paths[i])!);
            File.WriteAllText(paths[i], ArticleMarkdownWriter.Write(articles[i]));
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

    /// <summary>The folder of an article in its language: <c>articles/</c> for English, <c>articles/zh/</c> for Chinese.</summary>
    private static string FolderFor(string articlesFolder, string language) =>
        language == ArticleLanguages.English || !ArticleLanguages.IsKnown(language) ? articlesFolder : Path.Combine(articlesFolder, language);

    private static string ArticlePath(string articlesFolder, string slug)
    {
        var path = Path.GetFullPath(Path.Combine(articlesFolder, slug + ".md"));
        if (!Slugs.IsValid(slug) || !string.Equals(Path.GetDirectoryName(path), articlesFolder, StringComparison.Ordinal))
        {
            throw new IOException($"The article slug '{slug}' is not a safe file name (lower-case letters, digits and hyphens), so nothing was exported. Fix the slug in the database first.");
        }

        return path;
    }
}
