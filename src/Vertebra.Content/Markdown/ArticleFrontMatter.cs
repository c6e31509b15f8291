using Vertebra.Content.Sources;

namespace Vertebra.Content.Markdown;

/// <summary>The YAML block at the top of an article file, as written on disk (snake_case keys).</summary>
internal sealed class ArticleFrontMatter
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public List<string>? Topics { get; set; }
    public List<string>? Conditions { get; set; }
    public string? Author { get; set; }
    public string? MedicalReviewer { get; set; }
    public string? Status { get; set; }
    public string? Published { get; set; }
    public string? LastReviewed { get; set; }
    public string? NextReviewDue { get; set; }
    public string? Language { get; set; }
    public string? Counterpart { get; set; }
    public bool? Featured { get; set; }
    public string? Previous { get; set; }
    public string? Next { get; set; }
    /// <summary>Ids from the source registry (<c>sources.yaml</c>); shown before any <see cref="References"/>.</summary>
    public List<string>? Sources { get; set; }
    public List<ReferenceEntry>? References { get; set; }
    public AttributionEntry? Attribution { get; set; }

    internal sealed class AttributionEntry
    {
        public string? Source { get; set; }
        public string? Url { get; set; }
        public string? Licence { get; set; }
    }
}
