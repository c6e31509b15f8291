namespace Vertebra.Content.Model;

/// <summary>A group of articles read in order (previous/next follow this order).</summary>
public sealed record Topic
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Article slugs in reading order; articles of the topic not listed here follow by title.</summary>
    public IReadOnlyList<string> ArticleOrder { get; init; } = [];
}
