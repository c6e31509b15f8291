using Vertebra.Content.Model;
using Vertebra.Storage;

namespace Vertebra.Web.Localisation;

/// <summary>Where an article lives in each edition: an article is shown in the edition of its own language.</summary>
internal static class ArticleEditions
{
    /// <summary>
    /// The article's English and Chinese addresses: itself in its own language; in the other language its counterpart
    /// when there is one, else that edition's article list.
    /// </summary>
    public static (string English, string Chinese) Addresses(Article article, IReadOnlyList<ArticleSummary> counterparts)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(counterparts);
        var own = ArticleLanguages.PathOf(article);
        string Other(string language, string list) =>
            counterparts.FirstOrDefault(c => c.Language == language) is { } counterpart ? counterpart.Path : list;
        return article.Language == ArticleLanguages.Chinese
            ? (Other(ArticleLanguages.English, "/articles"), own)
            : (own, Other(ArticleLanguages.Chinese, SiteLanguage.ToChinese("/articles")));
    }
}
