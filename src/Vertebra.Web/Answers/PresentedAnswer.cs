using Vertebra.Search;

namespace Vertebra.Web.Answers;

/// <summary>
/// The answer a person reads first, ready to show. For one of our articles: its direct answer (the summary), its key
/// points (which carry the cautions), and the matching section with its lists kept. For a trusted source's answer: its
/// text as paragraphs and lists.
/// </summary>
public sealed record PresentedAnswer
{
    /// <summary>The ranked answer this was made from.</summary>
    public required RankedAnswer Answer { get; init; }

    /// <summary>The heading to show: the article's title, or the question the answer was written for.</summary>
    public required string Title { get; init; }

    /// <summary>True when the answer is from our own article.</summary>
    public bool IsOurArticle { get; init; }

    /// <summary>The article's direct answer (its summary); empty for other answers.</summary>
    public string DirectAnswer { get; init; } = "";

    /// <summary>The article's key points as safe HTML (a list), or empty when it has none.</summary>
    public string KeyPointsHtml { get; init; } = "";

    /// <summary>The heading of the article section that matched, when it is not the key points themselves.</summary>
    public string? SectionTitle { get; init; }

    /// <summary>That section as safe HTML, lists kept as lists; empty when there is none.</summary>
    public string SectionHtml { get; init; } = "";

    /// <summary>A trusted source's answer as paragraphs and lists; empty for our articles.</summary>
    public IReadOnlyList<AnswerBlock> Blocks { get; init; } = [];
}
