namespace Vertebra.Search;

/// <summary>How answers are found.</summary>
public enum AnswerMode
{
    /// <summary>By the question's words (Lucene BM25 and query understanding) only.</summary>
    Lexical,

    /// <summary>By meaning only: the documents whose vectors are closest to the question's.</summary>
    Semantic,

    /// <summary>Both, fused by reciprocal rank.</summary>
    Hybrid,
}
