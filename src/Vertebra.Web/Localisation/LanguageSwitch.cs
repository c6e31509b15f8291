using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Vertebra.Web.Localisation;

/// <summary>
/// Where the language switch and the <c>hreflang</c> alternates of a page lead: the same page in the other edition.
/// A page whose other-language version is not the same address (an article and its counterpart) sets
/// <see cref="EnglishKey"/> and <see cref="ChineseKey"/> in its view data.
/// </summary>
public sealed record LanguageSwitch(string EnglishUrl, string ChineseUrl, bool IsChinese)
{
    /// <summary>View-data key: the English address of this page, when it is not the same path without <c>/zh</c>.</summary>
    public const string EnglishKey = "EnglishUrl";

    /// <summary>View-data key: the Chinese address of this page, when it is not the same path under <c>/zh</c>.</summary>
    public const string ChineseKey = "ChineseUrl";

    /// <summary>The other edition's address.</summary>
    public string Target => IsChinese ? EnglishUrl : ChineseUrl;

    /// <summary>The other edition's language tag.</summary>
    public string TargetTag => IsChinese ? SiteLanguage.EnglishTag : SiteLanguage.ChineseTag;

    /// <summary>The switch's words, in the language it leads to.</summary>
    public string Label => IsChinese ? "English" : "中文";

    public static LanguageSwitch For(HttpContext context, ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(viewData);
        var path = context.Request.Path.Value ?? "/";
        if (!SiteLanguage.HasEditions(path))
        {
            path = "/";
        }

        var query = SiteLanguage.HasEditions(context.Request.Path.Value ?? "/") ? context.Request.QueryString.Value ?? "" : "";
        var english = viewData[EnglishKey] as string ?? SiteLanguage.ToEnglish(path) + query;
        var chinese = viewData[ChineseKey] as string ?? SiteLanguage.ToChinese(SiteLanguage.ToEnglish(path)) + query;
        return new LanguageSwitch(english, chinese, SiteLanguage.IsChinese);
    }
}
