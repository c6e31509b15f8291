using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Search;

namespace Vertebra.Indexing;

/// <summary>Maps our articles (whole and by section) and trusted question–answer pairs to search documents.</summary>
public static class SearchDocuments
{
    /// <summary>The source key shared by an article's documents (the whole article and its sections).</summary>
    public static string ArticleSourceKey(string slug) => "article:" + slug;

    /// <summary>The source key of a question–answer pair's document.</summary>
    public static string PairSourceKey(string id) => "qa:" + id;

    public static IEnumerable<SearchDocument> FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = article.Attribution?.Source ?? "Vertebra";
        var focus = FocusOf(article);
        var sourceKey = ArticleSourceKey(article.Slug);
        yield return new SearchDocument
        {
            Id = "article:" + article.Slug,
            SourceKey = sourceKey,
            Kind = SearchDocumentKind.Article,
            Title = article.Title,
            Focus = focus,
            Body = article.Summary + "\n" + PlainText(article.Body),
            Url = ArticleLanguages.PathOf(article),
            Source = source,
            Language = article.Language,
            Topics = article.Topics,
        };

        if (article.Attribution is not null)
        {
            yield break; // third-party documents are indexed through their question–answer pairs
        }

        foreach (var section in ArticleSections.Of(article.Body))
        {
            yield return new SearchDocument
            {
                Id = $"article:{article.Slug}#{section.Anchor}",
                SourceKey = sourceKey,
                Kind = SearchDocumentKind.ArticleSection,
                Title = $"{article.Title}: {section.Heading}",
                Focus = focus,
                Body = PlainText(section.Text),
                Url = $"{ArticleLanguages.PathOf(article)}#{section.Anchor}",
                Source = source,
                Language = article.Language,
                Topics = article.Topics,
            };
        }
    }

    public static SearchDocument FromQaPair(QaPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return new SearchDocument
        {
            Id = pair.Id,
            SourceKey = PairSourceKey(pair.Id),
            Kind = SearchDocumentKind.Qa,
            Title = pair.Question,
            Focus = pair.Focus,
            QType = pair.QuestionType,
            Body = pair.Answer,
            Url = pair.Url ?? "",
            Source = pair.Source,
        };
    }

    /// <summary>
    /// An article's focus is its first condition, named by its id in words ("lumbar-disc-herniation" →
    /// "Lumbar disc herniation"): the plain name the synonym table knows, without the catalogue's extra words.
    /// </summary>
    internal static string FocusOf(Article article)
    {
        if (article.Conditions.Count == 0 || string.IsNullOrWhiteSpace(article.Conditions[0]))
        {
            return "";
        }

        var words = article.Conditions[0].Trim().Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>Longest value of a field Lucene keeps as one term (id, source key, focus, type, source), in characters.</summary>
    public const int MaxKeyChars = 1000;

    /// <summary>
    /// Why Lucene could not hold these documents (a field kept as one term longer than <see cref="MaxKeyChars"/>; Lucene
    /// refuses terms over 32,766 bytes), or null when they are fine.
    /// </summary>
    public static string? Problem(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var doc in documents)
        {
            foreach (var (name, value) in new[] { ("id", doc.Id), ("source key", doc.SourceKey), ("focus", doc.Focus), ("question type", doc.QType), ("source", doc.Source) })
            {
                if (value is { Length: > MaxKeyChars })
                {
                    return $"its {name} is {value.Length:N0} characters long; the search index takes at most {MaxKeyChars:N0}.";
                }
            }
        }

        return null;
    }

    /// <summary>The words of an article's Markdown; warning-sign marker lines are left out (the page renders the signs there).</summary>
    private static string PlainText(string markdown) => Content.Rendering.MarkdownText.ToPlainText(Content.Markdown.WarningSignMarkers.Strip(markdown));

}
