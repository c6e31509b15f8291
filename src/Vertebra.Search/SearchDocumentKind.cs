namespace Vertebra.Search;

/// <summary>What a <see cref="SearchDocument"/> is.</summary>
public enum SearchDocumentKind
{
    /// <summary>A whole article.</summary>
    Article,

    /// <summary>One section of an article.</summary>
    ArticleSection,

    /// <summary>A question with its answer (for example a MedQuAD pair).</summary>
    Qa,
}
