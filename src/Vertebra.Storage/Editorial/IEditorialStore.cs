namespace Vertebra.Storage.Editorial;

/// <summary>
/// What the editorial workflow keeps: people, revisions, the workflow state of each article, claim dismissals
/// and the audit log. Published articles themselves stay in <see cref="IContentStore"/>.
/// </summary>
public interface IEditorialStore
{
    Task<EditorUser?> FindUserAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Adds a person; fails with <see cref="InvalidOperationException"/> when the user name is taken.</summary>
    Task<EditorUser> AddUserAsync(string userName, string displayName, EditorRole role, string passwordHash, CancellationToken cancellationToken = default);

    Task<int> CountUsersAsync(CancellationToken cancellationToken = default);

    Task RecordSignInFailureAsync(long userId, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default);

    /// <summary>Saves a new revision and makes it the article's working copy; returns its id.</summary>
    Task<long> SaveRevisionAsync(string slug, string title, string markdown, string author, DateTimeOffset at, string note, string state, CancellationToken cancellationToken = default);

    Task<EditorialState?> GetStateAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Every article known to the workflow or published, for the dashboard.</summary>
    Task<IReadOnlyList<EditorialState>> ListStatesAsync(CancellationToken cancellationToken = default);

    Task SetStateAsync(string slug, string state, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes: writes the article to the public content, marks its workflow state published and appends the audit
    /// entry, all in one transaction (all three, or none). The content version moves as for any import.
    /// </summary>
    Task PublishAsync(Content.Model.Article article, AuditEntry audit, CancellationToken cancellationToken = default);

    Task SignOffAsync(string slug, long revision, string reviewer, DateOnly on, CancellationToken cancellationToken = default);

    Task<ArticleRevision?> GetRevisionAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArticleRevision>> ListRevisionsAsync(string slug, CancellationToken cancellationToken = default);

    Task AddDismissalAsync(ClaimDismissal dismissal, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ClaimDismissal>> ListDismissalsAsync(string slug, CancellationToken cancellationToken = default);

    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int limit, CancellationToken cancellationToken = default);
}
