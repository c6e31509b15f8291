namespace Vertebra.Search;

/// <summary>One ranked search result.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Kind">Document kind.</param>
/// <param name="Title">Title or question.</param>
/// <param name="Snippet">A short piece of the text around the words searched for, HTML-encoded, matches wrapped in &lt;mark&gt;.</param>
/// <param name="Url">Link to the original.</param>
/// <param name="Source">Who wrote it.</param>
/// <param name="Focus">What it is about.</param>
/// <param name="QType">Question type, when known.</param>
/// <param name="Score">Retrieval score; higher is better; only comparable within one result list.</param>
public sealed record SearchHit(
    string Id,
    SearchDocumentKind Kind,
    string Title,
    string Snippet,
    string Url,
    string Source,
    string Focus,
    string QType,
    float Score)
{
    /// <summary>The record the hit was made from, shared by an article and its sections (see <see cref="SearchDocument.SourceKey"/>).</summary>
    public string SourceKey { get; init; } = "";

    /// <summary>The language of the document (see <see cref="SearchDocument.Language"/>).</summary>
    public string Language { get; init; } = "en";
}
