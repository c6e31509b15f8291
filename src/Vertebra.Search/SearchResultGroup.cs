namespace Vertebra.Search;

/// <summary>
/// One entry of a grouped result list: an article with all its matching parts, or one question-answer pair.
/// </summary>
/// <param name="SourceKey">The record the entry stands for (see <see cref="SearchDocument.SourceKey"/>).</param>
/// <param name="Kind"><see cref="SearchDocumentKind.Article"/> for an article and its parts, else <see cref="SearchDocumentKind.Qa"/>.</param>
/// <param name="Title">The article's title, or the question.</param>
/// <param name="Url">The article's address, or the pair's link.</param>
/// <param name="Best">The best-matching part, whose snippet is shown: the best section of an article when a section matched, else the whole document.</param>
/// <param name="More">Other matching sections of the article, best first (empty for a pair).</param>
/// <param name="Score">The best score of any of its documents; only comparable within one result list.</param>
public sealed record SearchResultGroup(
    string SourceKey,
    SearchDocumentKind Kind,
    string Title,
    string Url,
    SearchHit Best,
    IReadOnlyList<SearchHit> More,
    float Score);

/// <summary>A grouped result list: each article once, with the number of entries (not documents) that matched.</summary>
/// <param name="Groups">Ranked entries, at most the number asked for.</param>
/// <param name="TotalGroups">How many entries matched in all (with the filter, if any).</param>
/// <param name="KindCounts">Entries per kind, without the filter: articles and question-answer pairs.</param>
/// <param name="Interpretation">How the query was read.</param>
public sealed record GroupedSearchResults(
    IReadOnlyList<SearchResultGroup> Groups,
    int TotalGroups,
    IReadOnlyDictionary<SearchDocumentKind, int> KindCounts,
    QueryInterpretation Interpretation);
