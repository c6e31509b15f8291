using Vertebra.Interop.Catalogue;

namespace Vertebra.Interop.CdsHooks;

/// <summary>What card builders need: the catalogue, the site's absolute base URL and what cards cite and link to.</summary>
internal sealed record CardContext(SpineCatalogue Catalogue, string BaseUrl, CardSources Sources)
{
    public string Url(string path) => BaseUrl.TrimEnd('/') + path;

    public string ConditionUrl(string conditionId) => Url("/conditions/" + Uri.EscapeDataString(conditionId));

    public string ArticleUrl(string slug) => Url("/articles/" + Uri.EscapeDataString(slug));

    /// <summary>A link to a named article, or nothing when the article is not published.</summary>
    public IEnumerable<CardLink> ArticleLink(string slug) =>
        Catalogue.FindArticle(slug) is { } article ? [new CardLink(article.Title, ArticleUrl(article.Slug))] : [];
}
