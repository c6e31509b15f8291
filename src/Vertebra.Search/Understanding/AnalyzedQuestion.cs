namespace Vertebra.Search.Understanding;

/// <summary>Everything the ranker needs from a question; <see cref="Interpretation"/> is the public part.</summary>
internal sealed record AnalyzedQuestion(
    QueryInterpretation Interpretation,
    IReadOnlyDictionary<string, float> Terms,
    IReadOnlySet<string> CoreTerms,
    IReadOnlyList<FocusCandidate> Foci,
    IReadOnlyList<QuestionTypeInfo> Types)
{
    /// <summary>Each focus's search terms (stemmed as titles are), in the order of <see cref="Foci"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> FocusTerms { get; init; } = [];

    public bool IsEmpty => Interpretation.EmptyReason is not null;
}
