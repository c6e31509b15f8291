namespace Vertebra.Storage.Editorial;

/// <summary>The workflow states: draft → in_review → published → due_for_review (by date).</summary>
public static class EditorialStates
{
    public const string Draft = "draft";
    public const string InReview = "in_review";
    public const string Published = "published";
    public const string DueForReview = "due_for_review";
}
