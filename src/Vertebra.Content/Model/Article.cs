namespace Vertebra.Content.Model;

/// <summary>A patient article: the unit the library, the site and the editorial workflow work with.</summary>
public sealed record Article
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>The body in Markdown (raw HTML is never rendered).</summary>
    public required string Body { get; init; }

    /// <summary>Topic slugs; the first is the article's main topic.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Ids of conditions in the catalogue that the article is about.</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    public string Author { get; init; } = "Vertebra spine team";

    /// <summary>
    /// The clinician who signed this article off, in this article's language; null means "not yet clinically reviewed".
    /// A translation is reviewed on its own: signing off one language never signs off its counterpart.
    /// </summary>
    public string? MedicalReviewer { get; init; }

    public ArticleStatus Status { get; init; } = ArticleStatus.Published;
    public DateOnly? Published { get; init; }
    public DateOnly? LastReviewed { get; init; }
    public DateOnly? NextReviewDue { get; init; }
    public IReadOnlyList<Reference> References { get; init; } = [];
    /// <summary>The language the article is written in: one of <see cref="ArticleLanguages.All"/> (front matter <c>language:</c>).</summary>
    public string Language { get; init; } = ArticleLanguages.English;

    /// <summary>
    /// The slug of the same article in the other language, or null. The link is written on the translation's side only
    /// (a Chinese article names its English counterpart); the store answers it in both directions
    /// (<c>IContentStore.ListCounterpartsAsync</c>). Checked at import: it must exist and be in another language.
    /// </summary>
    public string? Counterpart { get; init; }
    public bool Featured { get; init; }

    /// <summary>An explicit previous article (from an imported page); topic order is used when absent.</summary>
    public string? PreviousSlug { get; init; }

    /// <summary>An explicit next article (from an imported page); topic order is used when absent.</summary>
    public string? NextSlug { get; init; }

    /// <summary>Where third-party text came from, shown beside it; null for our own writing.</summary>
    public Attribution? Attribution { get; init; }

    public bool IsClinicallyReviewed => !string.IsNullOrWhiteSpace(MedicalReviewer);
}
