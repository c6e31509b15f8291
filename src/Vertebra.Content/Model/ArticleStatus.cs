namespace Vertebra.Content.Model;

/// <summary>Where an article stands in the editorial workflow.</summary>
public enum ArticleStatus
{
    Draft,
    InReview,
    Published,
    DueForReview,
}
