namespace Vertebra.Indexing;

/// <summary>An article or pair the search index left out, and why.</summary>
/// <param name="SourceKey"><c>article:SLUG</c> or <c>qa:ID</c>.</param>
/// <param name="Reason">Plain words, fit for the editor dashboard and a log line.</param>
public sealed record SkippedSource(string SourceKey, string Reason)
{
    /// <summary>The article's slug when the source is an article, else null.</summary>
    public string? ArticleSlug => SourceKey.StartsWith("article:", StringComparison.Ordinal) ? SourceKey["article:".Length..] : null;
}
