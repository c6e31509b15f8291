namespace Vertebra.Content.Model;

/// <summary>
/// The languages an article may be written in, and where each language's articles live on the site. English articles
/// are at <c>/articles/{slug}</c>, Chinese (Simplified) ones at <c>/zh/articles/{slug}</c>. Slugs are unique across
/// languages (a Chinese article uses a pinyin slug), so one slug names one article.
/// </summary>
public static class ArticleLanguages
{
    /// <summary>English: the default when the front matter names no language.</summary>
    public const string English = "en";

    /// <summary>Chinese, Simplified script (pages say <c>zh-Hans</c>).</summary>
    public const string Chinese = "zh";

    /// <summary>Every language the site publishes, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = [English, Chinese];

    public static bool IsKnown(string? language) => language is English or Chinese;

    /// <summary>
    /// The site language a front matter tag means, or null when the site has no edition in it: <c>en</c> and any
    /// regional English (<c>en-GB</c>) read as <c>en</c>; <c>zh</c>, <c>zh-Hans</c>, <c>zh-CN</c> and <c>zh-SG</c>
    /// (Simplified script) as <c>zh</c>. Traditional Chinese (<c>zh-Hant</c>, <c>zh-TW</c>, <c>zh-HK</c>) has no edition.
    /// </summary>
    public static string? Normalise(string? tag)
    {
        var parts = (tag ?? "").Trim().Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var primary = parts[0].ToLowerInvariant();
        if (primary == English)
        {
            return English;
        }

        if (primary != Chinese)
        {
            return null;
        }

        return parts.Length == 1 || parts[1].ToLowerInvariant() is "hans" or "cn" or "sg" ? Chinese : null;
    }

    /// <summary>The site's address of an article in its language.</summary>
    public static string PathOf(string slug, string language) =>
        language == Chinese ? "/zh/articles/" + slug : "/articles/" + slug;

    /// <summary>The site's address of an article in its language.</summary>
    public static string PathOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return PathOf(article.Slug, article.Language);
    }
}
