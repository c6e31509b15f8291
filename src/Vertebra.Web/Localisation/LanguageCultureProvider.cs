using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Vertebra.Web.Localisation;

/// <summary>
/// Chooses the request's language. Pages: by address only (<c>/zh/...</c> is Chinese, everything else English), so a
/// browser's language never changes a page by itself. The API (<c>/api/...</c>): <c>lang=zh</c> or <c>lang=en</c> in
/// the query wins; otherwise the best of <c>Accept-Language</c>; otherwise English.
/// </summary>
internal sealed class LanguageCultureProvider : RequestCultureProvider
{
    public const string QueryKey = "lang";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        var original = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (SiteLanguage.IsChinesePath(request.Path) || (original is not null && SiteLanguage.IsChinesePath(original)))
        {
            return Result(SiteLanguage.ChineseTag);
        }

        if (!request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return Result(SiteLanguage.EnglishTag);
        }

        var asked = request.Query[QueryKey].ToString();
        if (asked.Length > 0)
        {
            return Result(IsChinese(asked) ? SiteLanguage.ChineseTag : SiteLanguage.EnglishTag);
        }

        return Result(PrefersChinese(request) ? SiteLanguage.ChineseTag : SiteLanguage.EnglishTag);
    }

    /// <summary>True when the request's <c>Accept-Language</c> ranks Chinese above English (and above nothing).</summary>
    public static bool PrefersChinese(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages))
        {
            return false;
        }

        var best = languages
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.ToString())
            .FirstOrDefault(l => IsChinese(l) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return best is not null && IsChinese(best);
    }

    private static bool IsChinese(string tag) => tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static Task<ProviderCultureResult?> Result(string tag) => Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(tag));
}
