namespace Vertebra.Content.Import;

/// <summary>A saved page's "previous" and "next" article titles, linked where those articles exist.</summary>
public sealed record PageLink(string ArticleSlug, string? PreviousTitle, string? NextTitle);
