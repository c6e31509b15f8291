namespace Vertebra.Storage;

/// <summary>What a list of articles shows: enough for a link, a teaser and a date.</summary>
public sealed record ArticleSummary(string Slug, string Title, string Summary, DateOnly? Published, bool Featured);
