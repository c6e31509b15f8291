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
        interpretation.ReplacedWith.Count == 0 ? null : l["Showing results for {0}.", SiteLanguage.ListOf(interpretation.ReplacedWith)].Value;

    /// <summary>"We also looked for: herniated disc.", or null when no name was widened.</summary>
    public static string? AlsoSearchedFor(QueryInterpretation interpretation, IStringLocalizer l) =>
        interpretation.AlsoSearchedNames.Count == 0 ? null : l["We also looked for: {0}.", SiteLanguage.ListOf(interpretation.AlsoSearchedNames)].Value;
}
