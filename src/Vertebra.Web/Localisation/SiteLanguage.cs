using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Vertebra.Web.Localisation;

/// <summary>
/// The site's two editions: English at the root and Simplified Chinese under <c>/zh/</c>, with the same addresses.
/// The edition is chosen by the address alone (never by the browser's language on its own).
/// </summary>
public static class SiteLanguage
{
    /// <summary>The address prefix of the Chinese edition.</summary>
    public const string ChinesePrefix = "/zh";

    /// <summary>The BCP 47 tag of the Chinese edition, for <c>lang</c>, <c>hreflang</c> and <c>inLanguage</c>.</summary>
    public const string ChineseTag = "zh-Hans";

    /// <summary>The tag of the English edition.</summary>
    public const string EnglishTag = "en";

    /// <summary>The content language code articles use for Chinese (<c>Article.Language</c>).</summary>
    public const string ChineseContent = "zh";

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(ChineseTag);

    /// <summary>True when the path is in the Chinese edition (<c>/zh</c> or below it).</summary>
    public static bool IsChinesePath(PathString path) =>
        path.StartsWithSegments(ChinesePrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the page being built is in Chinese (the request's UI culture).</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The content language of the current edition (<c>Article.Language</c>): <c>zh</c> or <c>en</c>.</summary>
    public static string Content => IsChinese ? ChineseContent : "en";

    /// <summary>The mark that ends a sentence in the current edition.</summary>
    public static string FullStop => IsChinese ? "。" : ".";

    /// <summary>The comma that joins parts of a sentence, with its space where the language has one.</summary>
    public static string Comma => IsChinese ? "，" : ", ";

    /// <summary>The colon before what it introduces.</summary>
    public static string Colon => IsChinese ? "：" : ":";

    /// <summary>The space between words and a link (Chinese has none).</summary>
    public static string Space => IsChinese ? "" : " ";

    /// <summary>Names in a list ("herniated disc, sciatica"; "腰椎间盘突出症、推拿").</summary>
    public static string ListOf(IEnumerable<string> names) => string.Join(IsChinese ? "、" : ", ", names);

    /// <summary>The tag of the current edition: <c>zh-Hans</c> or <c>en</c>.</summary>
    public static string CurrentTag => IsChinese ? ChineseTag : EnglishTag;

    /// <summary>The address of a site path in the current edition: <c>/articles</c> becomes <c>/zh/articles</c> in Chinese.</summary>
    public static string Local(string path) => IsChinese ? ToChinese(path) : path;

    /// <summary>The Chinese address of an English site path (<c>/</c> becomes <c>/zh/</c>).</summary>
    public static string ToChinese(string path)
    {
        if (IsChinesePath(new PathString(path.Split('?', '#')[0])))
        {
            return path;
        }

        return path is "/" or "" ? ChinesePrefix + "/" : ChinesePrefix + path;
    }

    /// <summary>The English address of a Chinese site path (<c>/zh/</c> and <c>/zh</c> become <c>/</c>).</summary>
    public static string ToEnglish(string path)
    {
        if (!path.StartsWith(ChinesePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return path;
        }

        var rest = path[ChinesePrefix.Length..];
        if (rest.Length == 0 || rest[0] is '?' or '#')
        {
            return "/" + rest;
        }

        return rest[0] == '/' ? rest : path;
    }

    /// <summary>True for a site path that has a Chinese edition: pages, not assets, the API or the editors' area.</summary>
    public static bool HasEditions(string path)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        string[] shared = ["/site.css", "/scripts/", "/diagrams/", "/api/", "/editor", "/healthz", "/fhir", "/cds-services", "/infobutton", "/errors/"];
        return !shared.Any(s => path.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
