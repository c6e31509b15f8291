namespace Vertebra.Content.Model;

/// <summary>
/// A trusted question with its answer, kept under the id the benchmarks use
/// (for MedQuAD: SOURCE_DOCID_SecN.txt). An empty answer means the source withheld its text;
/// the question is still shown with a link to <see cref="Url"/>.
/// </summary>
public sealed record QaPair
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public string Focus { get; init; } = "";
    public string QuestionType { get; init; } = "";
    public required string Question { get; init; }
    public string Answer { get; init; } = "";
    public string? Url { get; init; }
    public string Licence { get; init; } = "";

    /// <summary>The article that groups this pair, when it came from a document.</summary>
    public string? ArticleSlug { get; init; }

    public bool HasAnswerText => Answer.Length > 0;
}
