namespace Vertebra.Search.Answering;

/// <summary>How much each signal counts in the final answer score.</summary>
internal sealed record RankingWeights
{
    public static RankingWeights Default { get; } = new();

    /// <summary>How many Lucene hits are re-ranked.</summary>
    public int Candidates { get; init; } = 100;

    /// <summary>Lucene score, divided by the best score of the question.</summary>
    public double Retrieval { get; init; } = 1.0;

    /// <summary>The answer's focus is the question's focus.</summary>
    public double Focus { get; init; } = 1.5;

    /// <summary>The answer's question type is the one asked.</summary>
    public double Type { get; init; } = 0.6;

    /// <summary>How much of the type weight one of our articles gets, per unit of focus match, whatever the type asked.</summary>
    public double ArticleType { get; init; } = 0.5;

    /// <summary>Word overlap between the user's question and the answer's question.</summary>
    public double QuestionSimilarity { get; init; } = 0.5;

    /// <summary>
    /// How much less each further answer about an already-listed focus counts (in the units of the score above).
    /// A wrong reading of the focus then does not fill the whole list with one topic's sections.
    /// </summary>
    public double Diversity { get; init; } = 0.2;

    /// <summary>Boost of the exact-focus clause in the Lucene query.</summary>
    public float FocusClauseBoost { get; init; } = 1.5f;

    /// <summary>How many documents closest in meaning are ranked.</summary>
    public int SemanticCandidates { get; init; } = 100;

    /// <summary>Added to a meaning candidate's similarity per unit of focus match.</summary>
    public double SemanticFocus { get; init; }

    /// <summary>Added to a meaning candidate's similarity per unit of type match.</summary>
    public double SemanticType { get; init; }

    /// <summary>The diversity penalty in the meaning-only ranking, as a share of <see cref="Diversity"/> (similarities are on a smaller scale).</summary>
    public double SemanticDiversityScale { get; init; }

    /// <summary>The k of reciprocal rank fusion: each list adds weight / (k + rank).</summary>
    public double FusionK { get; init; } = 60;

    /// <summary>Weight of the word ranking in the fusion.</summary>
    public double LexicalFusion { get; init; } = 1.0;

    /// <summary>
    /// Weight of the meaning ranking in the fusion. Chosen on the tune half of the LiveQA dev questions only
    /// (bench/Vertebra.Bench.LiveQa/dev-split.txt): 0.6 scored 1.346 / MRR 0.518 there against 1.231 / 0.509 for 1.0;
    /// focus and type terms on the meaning list, k and encoding the core question instead of the whole message did not help.
    /// </summary>
    public double SemanticFusion { get; init; } = 0.6;

    /// <summary>The diversity penalty on fused scores (which are about 1 / (k + rank)).</summary>
    public double FusionDiversity { get; init; }

    /// <summary>The question's text as encoded: what the person wrote, or the core question read from it.</summary>
    public bool EncodeCoreQuestion { get; init; }
}
