using Vertebra.Content.Model;

namespace Vertebra.Web.Localisation;

/// <summary>Where an article lives in each edition: an article is shown in the edition of its own language.</summary>
internal static class ArticleEditions
{
    /// <summary>The article's English and Chinese addresses: itself in its own language, else that edition's article list.</summary>
    public static (string English, string Chinese) Addresses(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var own = "/articles/" + article.Slug;
        return article.Language == SiteLanguage.ChineseContent
            ? ("/articles", SiteLanguage.ToChinese(own))
            : (own, SiteLanguage.ToChinese("/articles"));
    }
}
