namespace Vertebra.Storage.Editorial;

/// <summary>Where an article stands in the editorial workflow, apart from what the public sees.</summary>
public sealed record EditorialState(
    string Slug,
    string Title,
    string State,
    long? LatestRevision,
    long? SignedOffRevision,
    string? SignedOffBy,
    DateOnly? SignedOffOn,
    bool IsPublished,
    DateOnly? NextReviewDue);

/// <summary>One saved version of an article, in the native Markdown format.</summary>
public sealed record ArticleRevision(long Id, string Slug, string Markdown, string Author, DateTimeOffset SavedAt, string Note);

/// <summary>A reviewer's written decision that a claim finding is not a problem in its context.</summary>
public sealed record ClaimDismissal(string Slug, string Category, string Text, string Reason, string DismissedBy, DateTimeOffset At);

/// <summary>A line of the audit log: sign-offs, publications, dismissals and sign-in events.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Subject, string Detail);

/// <summary>
/// A reader's note that something on a published article is wrong or unclear. It holds no personal data: the
/// form asks for none, and the address the note came from is never stored.
/// </summary>
/// <param name="Revision">The editorial revision the reader saw, or null for bundled text no editor has saved yet.</param>
/// <param name="ArticleUpdated">The "last updated" date shown on the page the reader saw.</param>
/// <param name="Kind">"wrong" or "unclear".</param>
public sealed record MistakeReport(
    long Id,
    string Slug,
    string Title,
    long? Revision,
    DateOnly? ArticleUpdated,
    string Kind,
    string Text,
    DateTimeOffset ReceivedAt,
    string? ClosedBy = null,
    DateTimeOffset? ClosedAt = null)
{
    public const string Wrong = "wrong";
    public const string Unclear = "unclear";

    public bool IsOpen => ClosedAt is null;
}
