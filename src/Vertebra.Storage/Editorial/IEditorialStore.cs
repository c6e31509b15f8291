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

    Task<EditorUser?> FindUserByIdAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Changes a person's role and/or password hash (null: keep) and always gives them a new security stamp; false when there is no such user.</summary>
    Task<bool> UpdateUserAsync(string userName, EditorRole? role, string? passwordHash, string securityStamp, CancellationToken cancellationToken = default);

    /// <summary>Removes a person; false when there is no such user. Their revisions and audit entries stay.</summary>
    Task<bool> RemoveUserAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts one sign-in attempt for <paramref name="key"/> (user name and address) atomically, unless the key is
    /// blocked at <paramref name="now"/>. After the attempt numbered n, the key is blocked for
    /// <paramref name="delayAfter"/>(n) (null: not blocked). True when the attempt may be checked.
    /// </summary>
    Task<bool> ReserveSignInAttemptAsync(string key, DateTimeOffset now, Func<int, TimeSpan?> delayAfter, CancellationToken cancellationToken = default);

    /// <summary>Forgets the attempts of <paramref name="key"/> after a successful sign-in.</summary>
    Task ClearSignInAttemptsAsync(string key, CancellationToken cancellationToken = default);

    Task RecordSignInFailureAsync(long userId, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default);

    /// <summary>Saves a new revision and makes it the article's working copy; returns its id.</summary>
    Task<long> SaveRevisionAsync(string slug, string title, string markdown, string author, DateTimeOffset at, string note, string state, CancellationToken cancellationToken = default);

    Task<EditorialState?> GetStateAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Every article known to the workflow or published, for the dashboard.</summary>
    Task<IReadOnlyList<EditorialState>> ListStatesAsync(CancellationToken cancellationToken = default);

    Task SetStateAsync(string slug, string state, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes: writes the article to the public content, marks its workflow state published and appends the audit
    /// entry, all in one transaction (all three, or none). The content version moves as for any import. Throws
    /// <see cref="EditorialConflictException"/> (and writes nothing) when the sign-off no longer covers the latest revision.
    /// </summary>
    Task PublishAsync(Content.Model.Article article, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Signs off <paramref name="revision"/> and appends the audit entry in one transaction, only if it is still the
    /// article's latest revision; false (and nothing written) when a newer one was saved.
    /// </summary>
    Task<bool> SignOffAsync(string slug, long revision, string reviewer, DateOnly on, AuditEntry audit, CancellationToken cancellationToken = default);

    Task<ArticleRevision?> GetRevisionAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArticleRevision>> ListRevisionsAsync(string slug, CancellationToken cancellationToken = default);

    Task AddDismissalAsync(ClaimDismissal dismissal, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ClaimDismissal>> ListDismissalsAsync(string slug, CancellationToken cancellationToken = default);

    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Keeps a reader's mistake report (its id is ignored); returns the id it was given.</summary>
    Task<long> AddMistakeReportAsync(MistakeReport report, CancellationToken cancellationToken = default);

    /// <summary>Reports nobody has dealt with yet, oldest first.</summary>
    Task<IReadOnlyList<MistakeReport>> ListOpenMistakeReportsAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks a report as dealt with; false when there is no open report with that id.</summary>
    Task<bool> CloseMistakeReportAsync(long id, string closedBy, DateTimeOffset at, CancellationToken cancellationToken = default);
}
