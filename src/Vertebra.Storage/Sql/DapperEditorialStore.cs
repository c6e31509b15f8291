using System.Globalization;
using Dapper;
using Vertebra.Storage.Editorial;

namespace Vertebra.Storage.Sql;

/// <summary>
/// The editorial workflow's tables, in the same database as the content, written once over Dapper and the content
/// store's <see cref="SqlDialect"/>; same answers on SQLite and PostgreSQL.
/// </summary>
public abstract class DapperEditorialStore : IEditorialStore
{
    private readonly DapperContentStore content;

    private protected DapperEditorialStore(DapperContentStore content)
    {
        ArgumentNullException.ThrowIfNull(content);
        this.content = content;
    }

    private SqlDialect Dialect => content.Dialect;

    private const string StateColumns = "slug, title, state, latest_revision, signed_off_revision, signed_off_by, signed_off_on";

    public async Task<EditorUser?> FindUserAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT id, user_name, display_name, role, password_hash, failed_sign_ins, locked_until FROM editor_users WHERE {Dialect.EqualsIgnoringCase("user_name", "@userName")}",
            new { userName }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToUser();
    }

    public async Task<EditorUser> AddUserAsync(string userName, string displayName, EditorRole role, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM editor_users WHERE {Dialect.EqualsIgnoringCase("user_name", "@userName")}", new { userName }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (exists > 0)
        {
            throw new InvalidOperationException($"The user name '{userName}' is already taken.");
        }

        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO editor_users (user_name, display_name, role, password_hash) VALUES (@userName, @displayName, @role, @passwordHash) RETURNING id",
            new { userName, displayName, role = role.ToString(), passwordHash }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new EditorUser(id, userName, displayName, role, passwordHash, 0, null);
    }

    public async Task<int> CountUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM editor_users", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task RecordSignInFailureAsync(long userId, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE editor_users SET failed_sign_ins = @failedSignIns, locked_until = @lockedUntil WHERE id = @userId",
            new { userId, failedSignIns, lockedUntil = lockedUntil?.ToString("O", CultureInfo.InvariantCulture) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<long> SaveRevisionAsync(string slug, string title, string markdown, string author, DateTimeOffset at, string note, string state, CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO article_revisions (slug, markdown, author, saved_at, note) VALUES (@slug, @markdown, @author, @at, @note) RETURNING id",
            new { slug, markdown, author, at = at.ToString("O", CultureInfo.InvariantCulture), note }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO editorial_state (slug, title, state, latest_revision) VALUES (@slug, @title, @state, @id) " +
            "ON CONFLICT (slug) DO UPDATE SET title = excluded.title, state = excluded.state, latest_revision = excluded.latest_revision",
            new { slug, title, state, id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task<EditorialState?> GetStateAsync(string slug, CancellationToken cancellationToken = default)
    {
        var all = await QueryStatesAsync("WHERE x.slug = @slug", new { slug }, cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault();
    }

    public Task<IReadOnlyList<EditorialState>> ListStatesAsync(CancellationToken cancellationToken = default) =>
        QueryStatesAsync("", null, cancellationToken);

    public async Task SetStateAsync(string slug, string state, CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE editorial_state SET state = @state WHERE slug = @slug", new { slug, state }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task PublishAsync(Content.Model.Article article, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        await content.ApplyAsync(EditorialPublication.BatchOf(article), null, EditorialPublication.StateAndAudit(article.Slug, audit), cancellationToken).ConfigureAwait(false);
    }

    public async Task SignOffAsync(string slug, long revision, string reviewer, DateOnly on, CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE editorial_state SET signed_off_revision = @revision, signed_off_by = @reviewer, signed_off_on = @on WHERE slug = @slug",
            new { slug, revision, reviewer, on = Dates.Format(on) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<ArticleRevision?> GetRevisionAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RevisionRow>(new CommandDefinition(
            "SELECT id, slug, markdown, author, saved_at, note FROM article_revisions WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRevision();
    }

    public async Task<IReadOnlyList<ArticleRevision>> ListRevisionsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RevisionRow>(new CommandDefinition(
            "SELECT id, slug, markdown, author, saved_at, note FROM article_revisions WHERE slug = @slug ORDER BY id DESC", new { slug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRevision()).ToList();
    }

    public async Task AddDismissalAsync(ClaimDismissal dismissal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dismissal);
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO claim_dismissals (slug, category, text, reason, dismissed_by, at) VALUES (@Slug, @Category, @Text, @Reason, @DismissedBy, @at)",
            new { dismissal.Slug, dismissal.Category, dismissal.Text, dismissal.Reason, dismissal.DismissedBy, at = dismissal.At.ToString("O", CultureInfo.InvariantCulture) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ClaimDismissal>> ListDismissalsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Slug, string Category, string Text, string Reason, string DismissedBy, string At)>(new CommandDefinition(
            "SELECT slug, category, text, reason, dismissed_by, at FROM claim_dismissals WHERE slug = @slug ORDER BY id", new { slug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new ClaimDismissal(r.Slug, r.Category, r.Text, r.Reason, r.DismissedBy, ParseTime(r.At))).ToList();
    }

    public async Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (@at, @Actor, @Action, @Subject, @Detail)",
            new { at = entry.At.ToString("O", CultureInfo.InvariantCulture), entry.Actor, entry.Action, entry.Subject, entry.Detail }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string At, string Actor, string Action, string Subject, string Detail)>(new CommandDefinition(
            "SELECT at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT @limit", new { limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new AuditEntry(ParseTime(r.At), r.Actor, r.Action, r.Subject, r.Detail)).ToList();
    }

    private async Task<IReadOnlyList<EditorialState>> QueryStatesAsync(string where, object? parameters, CancellationToken cancellationToken)
    {
        // Our own articles (not third-party answers), whether or not the workflow has touched them yet.
        var sql = $"""
            SELECT * FROM (
                SELECT a.slug AS slug, COALESCE(e.title, a.title) AS title,
                       COALESCE(e.state, CASE WHEN {PublicArticles.Where} THEN 'published' ELSE a.status END) AS state,
                       e.latest_revision AS latest_revision, e.signed_off_revision AS signed_off_revision, e.signed_off_by AS signed_off_by,
                       e.signed_off_on AS signed_off_on,
                       CASE WHEN {PublicArticles.Where} THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS is_published, a.next_review_due AS next_review_due
                FROM articles a LEFT JOIN editorial_state e ON e.slug = a.slug
                WHERE a.attribution IS NULL
                UNION ALL
                SELECT e.slug, e.title, e.state, e.latest_revision, e.signed_off_revision, e.signed_off_by, e.signed_off_on, CAST(0 AS BIGINT), CAST(NULL AS TEXT)
                FROM editorial_state e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.slug = e.slug)
            ) x {where}
            ORDER BY {Dialect.TitleOrder("x.title")}
            """;
        await using var connection = await content.OpenCheckedAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<StateRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToState()).ToList();
    }

    private static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private sealed class UserRow
    {
        public long Id { get; set; }
        public string UserName { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public long FailedSignIns { get; set; }
        public string? LockedUntil { get; set; }

        public EditorUser ToUser() => new(Id, UserName, DisplayName, Enum.Parse<EditorRole>(Role), PasswordHash, (int)FailedSignIns,
            LockedUntil is null ? null : ParseTime(LockedUntil));
    }

    private sealed class RevisionRow
    {
        public long Id { get; set; }
        public string Slug { get; set; } = "";
        public string Markdown { get; set; } = "";
        public string Author { get; set; } = "";
        public string SavedAt { get; set; } = "";
        public string Note { get; set; } = "";

        public ArticleRevision ToRevision() => new(Id, Slug, Markdown, Author, ParseTime(SavedAt), Note);
    }

    private sealed class StateRow
    {
        public string Slug { get; set; } = "";
        public string Title { get; set; } = "";
        public string State { get; set; } = "";
        public long? LatestRevision { get; set; }
        public long? SignedOffRevision { get; set; }
        public string? SignedOffBy { get; set; }
        public string? SignedOffOn { get; set; }
        public long IsPublished { get; set; }
        public string? NextReviewDue { get; set; }

        public EditorialState ToState() => new(Slug, Title, State, LatestRevision, SignedOffRevision, SignedOffBy, Dates.Parse(SignedOffOn), IsPublished != 0, Dates.Parse(NextReviewDue));
    }
}
