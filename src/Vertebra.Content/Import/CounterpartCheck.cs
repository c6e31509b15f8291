using Vertebra.Content.Markdown;
using Vertebra.Content.Model;

namespace Vertebra.Content.Import;

/// <summary>
/// Checks the <c>counterpart:</c> links of imported articles: the counterpart is in the same import or already in the
/// store, it is written in another language, and no two articles of one language claim the same counterpart.
/// </summary>
internal static class CounterpartCheck
{
    /// <param name="articles">The articles being imported.</param>
    /// <param name="stored">The store's articles, slug to language.</param>
    /// <param name="fileOf">The file and text an imported article came from, for the error's line.</param>
    public static void Run(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string> stored, Func<string, (string Path, string Text)> fileOf)
    {
        var languages = new Dictionary<string, string>(stored, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            languages[article.Slug] = article.Language;
        }

        var claimed = new Dictionary<(string Counterpart, string Language), string>();
        foreach (var article in articles.Where(a => a.Counterpart is not null))
        {
            var counterpart = article.Counterpart!;
            void Problem(string what)
            {
                var (path, text) = fileOf(article.Slug);
                throw new ContentImportException(path, ArticleMarkdownReader.FindKeyLineInFile(text, "counterpart"), what);
            }

            if (!languages.TryGetValue(counterpart, out var language))
            {
                Problem($"the counterpart '{counterpart}' is not an article in this import or in the store.");
            }
            else if (language == article.Language)
            {
                Problem($"the counterpart '{counterpart}' is also in '{language}'; a counterpart is the same article in another language.");
            }
            else if (!claimed.TryAdd((counterpart, article.Language), article.Slug))
            {
                Problem($"'{claimed[(counterpart, article.Language)]}' already names '{counterpart}' as its counterpart in '{article.Language}'.");
            }
        }
    }
}
