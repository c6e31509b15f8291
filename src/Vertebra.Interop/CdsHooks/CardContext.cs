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

    /// <summary>The NHS page on red flags for spinal conditions.</summary>
    public CardLink RedFlagsPage => new("Red flags for spinal conditions (NHS)", Sources.RedFlagsUrl);

    /// <summary>The guideline's recommendations page.</summary>
    public CardLink GuidelinePage => new("NICE NG59 recommendations", Sources.GuidelineUrl);

    /// <summary>The links of a card about recorded red flags of one kind: the cauda equina article for that flag, then the NHS page.</summary>
    public IReadOnlyList<CardLink> RedFlagLinks(RedFlagKind kind) =>
        [.. kind == RedFlagKind.CaudaEquina ? ArticleLink(Sources.CaudaEquinaArticle) : [], RedFlagsPage];

    /// <summary>"Recorded: **A**; **B**" for the recorded findings of one red flag, each named once.</summary>
    public static string Recorded(IEnumerable<RedFlagFinding> findings) =>
        "Recorded: " + string.Join("; ", findings.Select(f => "**" + f.Display + "**").Distinct(StringComparer.Ordinal));
}
