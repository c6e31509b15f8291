namespace Vertebra.Search;

/// <summary>A page of search results with facet counts over every match (not only the page).</summary>
/// <param name="Hits">Ranked hits.</param>
/// <param name="TotalMatches">How many documents matched.</param>
/// <param name="KindCounts">Matches per kind.</param>
/// <param name="SourceCounts">Matches per source.</param>
/// <param name="Interpretation">How the query was read: synonyms used, spelling fixes.</param>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int TotalMatches,
    IReadOnlyDictionary<SearchDocumentKind, int> KindCounts,
    IReadOnlyDictionary<string, int> SourceCounts,
    QueryInterpretation Interpretation)
{
    /// <summary>Nothing found, with the reason in <see cref="QueryInterpretation.EmptyReason"/>.</summary>
    public static SearchResults Empty(QueryInterpretation interpretation) =>
        new([], 0, new Dictionary<SearchDocumentKind, int>(), new Dictionary<string, int>(), interpretation);
}
