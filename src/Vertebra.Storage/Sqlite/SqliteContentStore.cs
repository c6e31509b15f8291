using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Storage.Sqlite;

/// <summary>
/// The embedded default: one SQLite file in write-ahead-log mode. Reads open a pooled connection each;
/// writes are one transaction per batch.
/// </summary>
public sealed partial class SqliteContentStore : IContentStore
{
    private const string ArticleColumns =
        "slug, title, summary, body, author, medical_reviewer, status, published, last_reviewed, next_review_due, language, featured, previous_slug, next_slug, refs, attribution";

    private const string SummaryColumns = "a.slug, a.title, a.summary, a.published, a.featured";

    /// <summary>Ids per statement when fetching pairs by id, well below SQLite's limit on parameters.</summary>
    private const int IdsPerQuery = 500;

    private readonly string _connectionString;

    public SqliteContentStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)").ConfigureAwait(false);
        var current = await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_version").ConfigureAwait(false) ?? 0;
        foreach (var (version, sql) in SqliteMigrations.All.Where(m => m.Version > current))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(sql, transaction: transaction).ConfigureAwait(false);
            await connection.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@version)", new { version }, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
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
            new CommandDefinition("SELECT condition_id FROM article_conditions WHERE article_slug = @slug ORDER BY position, condition_id", new { slug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row.ToArticle(topics.ToList(), conditions.ToList());
    }

    public async Task<IReadOnlyList<Article>> ListAllArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleRow>(
            new CommandDefinition($"SELECT {ArticleColumns} FROM articles ORDER BY slug", cancellationToken: cancellationToken)).ConfigureAwait(false);
        var topics = (await connection.QueryAsync<(string Article, string Topic)>(
            new CommandDefinition("SELECT article_slug, topic_slug FROM article_topics ORDER BY article_slug, position", cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(t => t.Article, t => t.Topic, StringComparer.Ordinal);
        var conditions = (await connection.QueryAsync<(string Article, string Condition)>(
            new CommandDefinition("SELECT article_slug, condition_id FROM article_conditions ORDER BY article_slug, position, condition_id", cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(t => t.Article, t => t.Condition, StringComparer.Ordinal);
        return rows.Select(r => r.ToArticle(topics[r.Slug].ToList(), conditions[r.Slug].ToList())).ToList();
    }

    public Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync($"SELECT {SummaryColumns} FROM articles a WHERE a.status IN ('published', 'due_for_review') ORDER BY a.title COLLATE NOCASE LIMIT @limit OFFSET @offset",
            new { offset, limit }, cancellationToken);

    public async Task<int> CountPublishedArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(
            new CommandDefinition("SELECT COUNT(*) FROM articles WHERE status IN ('published', 'due_for_review')", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<ArticleSummary>> ListFeaturedArticlesAsync(int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync($"SELECT {SummaryColumns} FROM articles a WHERE a.status IN ('published', 'due_for_review') AND a.featured = 1 ORDER BY a.title COLLATE NOCASE LIMIT @limit",
            new { limit }, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListNewestArticlesAsync(int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync($"SELECT {SummaryColumns} FROM articles a WHERE a.status IN ('published', 'due_for_review') AND a.attribution IS NULL ORDER BY a.published DESC, a.title COLLATE NOCASE LIMIT @limit",
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
            clauses.Add($"(a.title || ' ' || a.summary) LIKE @w{i} ESCAPE '\\'");
            parameters.Add($"w{i}", "%" + EscapeLike(words[i]) + "%");
        }

        var sql = $"SELECT {SummaryColumns} FROM articles a WHERE a.status IN ('published', 'due_for_review') AND {string.Join(" AND ", clauses)} " +
                  "ORDER BY CASE WHEN a.attribution IS NULL THEN 0 ELSE 1 END, a.title COLLATE NOCASE LIMIT @limit";
        return QuerySummariesAsync(sql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<Topic>> ListTopicsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<TopicRow>(
            new CommandDefinition("SELECT slug, title, description, article_order FROM topics ORDER BY position, slug", cancellationToken: cancellationToken)).ConfigureAwait(false);
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
            $"SELECT {SummaryColumns} FROM articles a JOIN article_topics t ON t.article_slug = a.slug WHERE t.topic_slug = @topicSlug AND a.status IN ('published', 'due_for_review') ORDER BY a.title COLLATE NOCASE",
            new { topicSlug }, cancellationToken).ConfigureAwait(false);
        return TopicOrder.Apply(articles, topic?.ArticleOrder ?? []);
    }

    public async Task<IReadOnlyList<ConditionGroup>> ListConditionGroupsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Id, string Name, string Description)>(
            new CommandDefinition("SELECT id, name, description FROM condition_groups ORDER BY position, id", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new ConditionGroup(r.Id, r.Name, r.Description)).ToList();
    }

    public async Task<IReadOnlyList<Condition>> ListConditionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ConditionRow>(
            new CommandDefinition("SELECT id, name, synonyms, icd10, group_id, clinic_id, description, details FROM conditions ORDER BY position, id", cancellationToken: cancellationToken)).ConfigureAwait(false);
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
            $"SELECT {SummaryColumns} FROM articles a JOIN article_conditions c ON c.article_slug = a.slug WHERE c.condition_id = @conditionId AND a.status IN ('published', 'due_for_review') " +
            "ORDER BY c.position, (SELECT COUNT(*) FROM article_conditions x WHERE x.article_slug = a.slug), a.title COLLATE NOCASE",
            new { conditionId }, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListRelatedArticlesAsync(string slug, int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync(
            $"SELECT {SummaryColumns} FROM articles a JOIN (" +
            "SELECT s.slug, SUM(s.weight) AS score FROM (" +
            "SELECT c.article_slug AS slug, 2 AS weight FROM article_conditions c JOIN article_conditions mine ON mine.condition_id = c.condition_id AND mine.article_slug = @slug " +
            "UNION ALL SELECT t.article_slug, 1 FROM article_topics t JOIN article_topics mine ON mine.topic_slug = t.topic_slug AND mine.article_slug = @slug" +
            ") s GROUP BY s.slug) r ON r.slug = a.slug " +
            $"WHERE a.slug <> @slug AND a.status IN ('published', 'due_for_review') AND a.attribution IS NULL ORDER BY r.score DESC, a.published DESC, a.title COLLATE NOCASE LIMIT @limit",
            new { slug, limit }, cancellationToken);

    public async Task<IReadOnlyList<Clinic>> ListClinicsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ClinicRow>(
            new CommandDefinition("SELECT id, name, treats, appointment, details FROM clinics ORDER BY position, id", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToClinic()).ToList();
    }

    public async Task<IReadOnlyList<QaPair>> ListArticleQaPairsAsync(string articleSlug, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<QaPairRow>(
            new CommandDefinition("SELECT id, source, focus, qtype, question, answer, url, licence, article_slug FROM qa_pairs WHERE article_slug = @articleSlug ORDER BY rowid",
                new { articleSlug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToQaPair()).ToList();
    }

    public async Task<IReadOnlyList<QaPair>> ListAllQaPairsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<QaPairRow>(new CommandDefinition(
            "SELECT id, source, focus, qtype, question, answer, url, licence, article_slug FROM qa_pairs ORDER BY rowid", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToQaPair()).ToList();
    }

    public async Task<SearchSourceHashes> ListSearchSourceHashesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return new SearchSourceHashes(
            await SourceHashes.ReadAsync(connection, "SELECT slug, content_hash FROM articles WHERE status IN ('published', 'due_for_review')", cancellationToken).ConfigureAwait(false),
            await SourceHashes.ReadAsync(connection, "SELECT id, content_hash FROM qa_pairs", cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<QaPair>> ListQaPairsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var pairs = new List<QaPair>(ids.Count);
        if (ids.Count == 0)
        {
            return pairs;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // SQLite limits the parameters of one statement, so ask in chunks.
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            var rows = await connection.QueryAsync<QaPairRow>(new CommandDefinition(
                "SELECT id, source, focus, qtype, question, answer, url, licence, article_slug FROM qa_pairs WHERE id IN @chunk",
                new { chunk }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            pairs.AddRange(rows.Select(r => r.ToQaPair()));
        }

        return pairs;
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

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return connection;
    }

    private async Task<IReadOnlyList<ArticleSummary>> QuerySummariesAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToSummary()).ToList();
    }

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    internal static DbParameter Param(SqliteCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}
