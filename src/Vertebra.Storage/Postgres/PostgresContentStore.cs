using Dapper;
using Npgsql;
using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Storage.Postgres;

/// <summary>
/// The store on PostgreSQL, for several web nodes over one database. Same tables, same answers as
/// <see cref="Sqlite.SqliteContentStore"/>; text sorts like SQLite's NOCASE (ASCII case folded, then byte order).
/// </summary>
public sealed partial class PostgresContentStore : IContentStore, IAsyncDisposable, IDisposable
{
    /// <summary>The channel a committed content change is announced on (payload: the new content version).</summary>
    public const string ContentChannel = "vertebra_content";

    // Two-int advisory lock key: (Vertebra, schema). Only one node migrates a schema at a time.
    private const int MigrationLockClass = 0x5665_7274;

    private const string ArticleColumns =
        "slug, title, summary, body, author, medical_reviewer, status, published, last_reviewed, next_review_due, language, featured, previous_slug, next_slug, refs, attribution";

    private const string SummaryColumns = "a.slug, a.title, a.summary, a.published, a.featured";

    private const string ByTitle = "lower(a.title COLLATE \"C\"), a.title COLLATE \"C\"";

    private const string Public = "a.status IN ('published', 'due_for_review')";

    private readonly NpgsqlDataSource _dataSource;

    static PostgresContentStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public PostgresContentStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Timeout == 15)
        {
            builder.Timeout = 5;
        }

        ConnectionString = builder.ConnectionString;
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    /// <summary>The connection string in use (passwords included: do not log it).</summary>
    public string ConnectionString { get; }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Held until commit: a second node starting at the same moment waits here, then finds nothing left to do.
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@cls, hashtext(current_schema()))",
            new { cls = MigrationLockClass }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var current = await connection.ExecuteScalarAsync<int?>(new CommandDefinition("SELECT MAX(version) FROM schema_version",
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) ?? 0;
        foreach (var (version, sql) in PostgresMigrations.All.Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO schema_version (version) VALUES (@version)", new { version }, transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Article?> GetArticleAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(
            new CommandDefinition($"SELECT {ArticleColumns} FROM articles WHERE slug = @slug", new { slug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var topics = await connection.QueryAsync<string>(
            new CommandDefinition("SELECT topic_slug FROM article_topics WHERE article_slug = @slug ORDER BY position", new { slug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var conditions = await connection.QueryAsync<string>(
            new CommandDefinition("SELECT condition_id FROM article_conditions WHERE article_slug = @slug ORDER BY position, condition_id COLLATE \"C\"", new { slug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row.ToArticle(topics.ToList(), conditions.ToList());
    }

    public async Task<IReadOnlyList<Article>> ListAllArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleRow>(
            new CommandDefinition($"SELECT {ArticleColumns} FROM articles ORDER BY slug COLLATE \"C\"", cancellationToken: cancellationToken)).ConfigureAwait(false);
        var topics = (await connection.QueryAsync<(string Article, string Topic)>(
            new CommandDefinition("SELECT article_slug, topic_slug FROM article_topics ORDER BY article_slug, position", cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(t => t.Article, t => t.Topic, StringComparer.Ordinal);
        var conditions = (await connection.QueryAsync<(string Article, string Condition)>(
            new CommandDefinition("SELECT article_slug, condition_id FROM article_conditions ORDER BY article_slug, position, condition_id COLLATE \"C\"", cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(t => t.Article, t => t.Condition, StringComparer.Ordinal);
        return rows.Select(r => r.ToArticle(topics[r.Slug].ToList(), conditions[r.Slug].ToList())).ToList();
    }

    public Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync($"SELECT {SummaryColumns} FROM articles a WHERE {Public} ORDER BY {ByTitle} LIMIT @limit OFFSET @offset",
            new { offset, limit }, cancellationToken);

    public async Task<int> CountPublishedArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (int)await connection.ExecuteScalarAsync<long>(
            new CommandDefinition($"SELECT COUNT(*) FROM articles a WHERE {Public}", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<ArticleSummary>> ListFeaturedArticlesAsync(int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync($"SELECT {SummaryColumns} FROM articles a WHERE {Public} AND a.featured = 1 ORDER BY {ByTitle} LIMIT @limit",
            new { limit }, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListNewestArticlesAsync(int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync($"SELECT {SummaryColumns} FROM articles a WHERE {Public} AND a.attribution IS NULL ORDER BY a.published COLLATE \"C\" DESC NULLS LAST, {ByTitle} LIMIT @limit",
            new { limit }, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> SearchArticlesAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        var words = (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
        if (words.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<ArticleSummary>>([]);
        }

        var parameters = new DynamicParameters();
        parameters.Add("limit", limit);
        var clauses = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            clauses.Add($"(a.title || ' ' || a.summary) ILIKE @w{i} ESCAPE '\\'");
            parameters.Add($"w{i}", "%" + LikePattern.Escape(words[i]) + "%");
        }

        var sql = $"SELECT {SummaryColumns} FROM articles a WHERE {Public} AND {string.Join(" AND ", clauses)} " +
                  $"ORDER BY CASE WHEN a.attribution IS NULL THEN 0 ELSE 1 END, {ByTitle} LIMIT @limit";
        return QuerySummariesAsync(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<Topic>> ListTopicsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<TopicRow>(
            new CommandDefinition("SELECT slug, title, description, article_order FROM topics ORDER BY position, slug COLLATE \"C\"", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToTopic()).ToList();
    }

    public async Task<Topic?> GetTopicAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<TopicRow>(
            new CommandDefinition("SELECT slug, title, description, article_order FROM topics WHERE slug = @slug", new { slug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToTopic();
    }

    public async Task<IReadOnlyList<ArticleSummary>> ListTopicArticlesAsync(string topicSlug, CancellationToken cancellationToken = default)
    {
        var topic = await GetTopicAsync(topicSlug, cancellationToken).ConfigureAwait(false);
        var articles = await QuerySummariesAsync(
            $"SELECT {SummaryColumns} FROM articles a JOIN article_topics t ON t.article_slug = a.slug WHERE t.topic_slug = @topicSlug AND {Public} ORDER BY {ByTitle}",
            new { topicSlug }, cancellationToken).ConfigureAwait(false);
        return TopicOrder.Apply(articles, topic?.ArticleOrder ?? []);
    }

    public async Task<IReadOnlyList<ConditionGroup>> ListConditionGroupsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Id, string Name, string Description)>(
            new CommandDefinition("SELECT id, name, description FROM condition_groups ORDER BY position, id COLLATE \"C\"", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new ConditionGroup(r.Id, r.Name, r.Description)).ToList();
    }

    public async Task<IReadOnlyList<Condition>> ListConditionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ConditionRow>(
            new CommandDefinition("SELECT id, name, synonyms, icd10, group_id, clinic_id, description, details FROM conditions ORDER BY position, id COLLATE \"C\"", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToCondition()).ToList();
    }

    public async Task<Condition?> GetConditionAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ConditionRow>(
            new CommandDefinition("SELECT id, name, synonyms, icd10, group_id, clinic_id, description, details FROM conditions WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToCondition();
    }

    public Task<IReadOnlyList<ArticleSummary>> ListConditionArticlesAsync(string conditionId, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync(
            $"SELECT {SummaryColumns} FROM articles a JOIN article_conditions c ON c.article_slug = a.slug WHERE c.condition_id = @conditionId AND {Public} " +
            $"ORDER BY c.position, (SELECT COUNT(*) FROM article_conditions x WHERE x.article_slug = a.slug), {ByTitle}",
            new { conditionId }, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListRelatedArticlesAsync(string slug, int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync(
            $"SELECT {SummaryColumns} FROM articles a JOIN (" +
            "SELECT s.slug, SUM(s.weight) AS score FROM (" +
            "SELECT c.article_slug AS slug, 2 AS weight FROM article_conditions c JOIN article_conditions mine ON mine.condition_id = c.condition_id AND mine.article_slug = @slug " +
            "UNION ALL SELECT t.article_slug, 1 FROM article_topics t JOIN article_topics mine ON mine.topic_slug = t.topic_slug AND mine.article_slug = @slug" +
            ") s GROUP BY s.slug) r ON r.slug = a.slug " +
            $"WHERE a.slug <> @slug AND {Public} AND a.attribution IS NULL ORDER BY r.score DESC, a.published COLLATE \"C\" DESC NULLS LAST, {ByTitle} LIMIT @limit",
            new { slug, limit }, cancellationToken);

    public async Task<IReadOnlyList<Clinic>> ListClinicsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ClinicRow>(
            new CommandDefinition("SELECT id, name, treats, appointment, details FROM clinics ORDER BY position, id COLLATE \"C\"", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToClinic()).ToList();
    }

    public async Task<IReadOnlyList<QaPair>> ListArticleQaPairsAsync(string articleSlug, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<QaPairRow>(
            new CommandDefinition("SELECT id, source, focus, qtype, question, answer, url, licence, article_slug FROM qa_pairs WHERE article_slug = @articleSlug ORDER BY seq",
                new { articleSlug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToQaPair()).ToList();
    }

    public async Task<IReadOnlyList<QaPair>> ListAllQaPairsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<QaPairRow>(new CommandDefinition(
            "SELECT id, source, focus, qtype, question, answer, url, licence, article_slug FROM qa_pairs ORDER BY seq", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToQaPair()).ToList();
    }

    public async Task<SearchSourceHashes> ListSearchSourceHashesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return new SearchSourceHashes(
            await SourceHashes.ReadAsync(connection, $"SELECT a.slug, a.content_hash FROM articles a WHERE {Public}", cancellationToken).ConfigureAwait(false),
            await SourceHashes.ReadAsync(connection, "SELECT id, content_hash FROM qa_pairs", cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<QaPair>> ListQaPairsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<QaPairRow>(new CommandDefinition(
            "SELECT id, source, focus, qtype, question, answer, url, licence, article_slug FROM qa_pairs WHERE id = ANY(@ids)",
            new { ids = ids.Distinct(StringComparer.Ordinal).ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToQaPair()).ToList();
    }

    public async Task<long> GetContentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT version FROM content_version WHERE id = 1", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<KnownIds> GetKnownIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        async Task<IReadOnlySet<string>> Ids(string sql) =>
            (await connection.QueryAsync<string>(new CommandDefinition(sql, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        return new KnownIds(
            await Ids("SELECT slug FROM topics").ConfigureAwait(false),
            await Ids("SELECT id FROM conditions").ConfigureAwait(false),
            await Ids("SELECT id FROM clinics").ConfigureAwait(false));
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleAsync<(long A, long T, long C, long K, long Q)>(new CommandDefinition(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM topics), (SELECT COUNT(*) FROM conditions), (SELECT COUNT(*) FROM clinics), (SELECT COUNT(*) FROM qa_pairs)",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new StoreCounts((int)row.A, (int)row.T, (int)row.C, (int)row.K, (int)row.Q);
    }

    public async Task<bool> HasSeedAsync(string seedName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM seed_history WHERE name = @seedName", new { seedName }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    internal ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _dataSource.OpenConnectionAsync(cancellationToken);

    private async Task<IReadOnlyList<ArticleSummary>> QuerySummariesAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToSummary()).ToList();
    }
}
