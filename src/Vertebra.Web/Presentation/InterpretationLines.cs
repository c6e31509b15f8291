using Microsoft.Extensions.Localization;
using Vertebra.Search;
using Vertebra.Web.Localisation;

namespace Vertebra.Web.Presentation;

/// <summary>
/// What the search and ask pages say about how a question was read ("Showing results for …", "We also looked for …"),
/// in the page's language. The search library gives the names; the sentences around them belong to the page.
/// </summary>
internal static class InterpretationLines
{
    /// <summary>"Showing results for herniated disc massage (you typed slipped disk masage)", or null when searched as typed.</summary>
    public static string? Explanation(QueryInterpretation interpretation, IStringLocalizer l) =>
        interpretation.SearchedAs is { } shown ? l["Showing results for {0} (you typed {1})", shown, interpretation.Text].Value : null;

    /// <summary>"Showing results for sciatica.", or null when no typed word was replaced.</summary>
    public static string? ShowingResultsFor(QueryInterpretation interpretation, IStringLocalizer l) =>
        interpretation.ReplacedWith.Count == 0 ? null : l["Showing results for {0}.", List(interpretation.ReplacedWith)].Value;

    /// <summary>"We also looked for: herniated disc.", or null when no name was widened.</summary>
    public static string? AlsoSearchedFor(QueryInterpretation interpretation, IStringLocalizer l) =>
        interpretation.AlsoSearchedNames.Count == 0 ? null : l["We also looked for: {0}.", List(interpretation.AlsoSearchedNames)].Value;

    /// <summary>The mark that ends a sentence in the page's language.</summary>
    public static string FullStop => SiteLanguage.IsChinese ? "。" : ".";

    /// <summary>The comma that joins parts of a sentence in the page's language.</summary>
    public static string Comma => SiteLanguage.IsChinese ? "，" : ", ";

    /// <summary>The space between words and a link in the page's language (Chinese has none).</summary>
    public static string Space => SiteLanguage.IsChinese ? "" : " ";

    private static string List(IEnumerable<string> names) => string.Join(SiteLanguage.IsChinese ? "、" : ", ", names);
}
