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

    /// <summary>True for a Chinese question: <see cref="Terms"/> are Chinese words, searched in the Chinese fields.</summary>
    public bool Chinese { get; init; }

    /// <summary>For a Chinese question, its character pairs (CJK bigrams) and their weights, searched in the bigram field.</summary>
    public IReadOnlyDictionary<string, float> GramTerms { get; init; } = new Dictionary<string, float>();

    /// <summary>What a snippet marks: each searched word or name as its analysed terms in order (see SnippetCutter).</summary>
    public IReadOnlyList<IReadOnlyList<string>> HighlightPhrases { get; init; } = [];
}
