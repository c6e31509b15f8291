using Vertebra.Content.Model;

namespace Vertebra.Storage;

/// <summary>What a list of articles shows: enough for a link, a teaser and a date, and the language it is written in.</summary>
public sealed record ArticleSummary(string Slug, string Title, string Summary, DateOnly? Published, bool Featured, string Language = ArticleLanguages.English)
{
    /// <summary>The site's address of the article in its language (<c>/articles/…</c> or <c>/zh/articles/…</c>).</summary>
    public string Path => ArticleLanguages.PathOf(Slug, Language);
}
