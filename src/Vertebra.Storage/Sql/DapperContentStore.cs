using System.Data.Common;
using Dapper;
using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Storage.Sql;

/// <summary>
/// The content store, written once over Dapper and a small <see cref="SqlDialect"/>. The SQLite and PostgreSQL stores
/// add only what is theirs: how to open a connection, how to migrate, and which driver errors mean the database is
/// not answering. Every driver error of that kind leaves the store as a <see cref="DatabaseUnavailableException"/>.
/// </summary>
public abstract partial class DapperContentStore : IContentStore
{
    private const string ArticleColumns =
        "slug, title, summary, body, author, medical_reviewer, status, published, last_reviewed, next_review_due, language, featured, previous_slug, next_slug, refs, attribution, counterpart";

    private const string SummaryColumns = "a.slug, a.title, a.summary, a.published, a.featured, a.language";

    private const string PairColumns = "id, source, focus, qtype, question, answer, url, licence, article_slug";

    /// <summary>Ids per statement when fetching pairs by id, well below every provider's limit on parameters.</summary>
    private const int IdsPerQuery = 500;

    static DapperContentStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private protected DapperContentStore(SqlDialect dialect) => Dialect = dialect;

    internal SqlDialect Dialect { get; }

    private string ByTitle => Dialect.TitleOrder("a.title");

    public abstract Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Opens a connection of the provider, ready for use.</summary>
    private protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>True when a driver error means the database is not answering (lost or refused connection, busy, shut down).</summary>
    private protected abstract bool IsOutage(Exception exception);

    /// <summary>A short name of the database for messages (never a password).</summary>
    private protected abstract string DescribeForErrors();

    /// <summary>Runs <paramref name="work"/> on a fresh connection, turning an outage into <see cref="DatabaseUnavailableException"/>.</summary>
    internal async Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await work(connection).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not DatabaseUnavailableException && !cancellationToken.IsCancellationRequested && IsOutageAnywhere(ex))
        {
            throw new DatabaseUnavailableException($"The {DescribeForErrors()} is not answering: {StoreLocation.Reason(ex)}", ex);
        }
    }

    /// <summary>Opens a connection for the caller to use and dispose, turning an outage into <see cref="DatabaseUnavailableException"/>.</summary>
    internal async Task<DbConnection> OpenCheckedAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsOutageAnywhere(ex))
        {
            throw new DatabaseUnavailableException($"The {DescribeForErrors()} is not answering: {StoreLocation.Reason(ex)}", ex);
        }
    }

    internal Task WithConnectionAsync(Func<DbConnection, Task> work, CancellationToken cancellationToken) =>
        WithConnectionAsync(async connection =>
        {
            await work(connection).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private bool IsOutageAnywhere(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException || IsOutage(e))
            {
                return true;
            }
        }

        return false;
    }

    public Task<Article?> GetArticleAsync(string slug, CancellationToken cancellationToken = default) => WithConnectionAsync(async connection =>
    {
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(
            new CommandDefinition($"SELECT {ArticleColumns} FROM articles WHERE slug = @slug", new { slug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var topics = await connection.QueryAsync<string>(
            new CommandDefinition("SELECT topic_slug FROM article_topics WHERE article_slug = @slug ORDER BY position", new { slug }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var conditions = await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT condition_id FROM article_conditions WHERE article_slug = @slug ORDER BY position, {Dialect.Text("condition_id")}", new { slug },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row.ToArticle(topics.ToList(), conditions.ToList());
    }, cancellationToken);

    public Task<IReadOnlyList<Article>> ListAllArticlesAsync(CancellationToken cancellationToken = default) => WithConnectionAsync<IReadOnlyList<Article>>(async connection =>
    {
        var rows = await connection.QueryAsync<ArticleRow>(
            new CommandDefinition($"SELECT {ArticleColumns} FROM articles ORDER BY {Dialect.Text("slug")}", cancellationToken: cancellationToken)).ConfigureAwait(false);
        var topics = (await connection.QueryAsync<(string Article, string Topic)>(
            new CommandDefinition("SELECT article_slug, topic_slug FROM article_topics ORDER BY article_slug, position", cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(t => t.Article, t => t.Topic, StringComparer.Ordinal);
        var conditions = (await connection.QueryAsync<(string Article, string Condition)>(new CommandDefinition(
            $"SELECT article_slug, condition_id FROM article_conditions ORDER BY article_slug, position, {Dialect.Text("condition_id")}",
            cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(t => t.Article, t => t.Condition, StringComparer.Ordinal);
        return rows.Select(r => r.ToArticle(topics[r.Slug].ToList(), conditions[r.Slug].ToList())).ToList();
    }, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
        ListArticlesAsync(ArticleLanguages.English, offset, limit, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(string language, int offset, int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync($"SELECT {SummaryColumns} FROM articles a WHERE {PublicArticles.Where} AND a.language = @language ORDER BY {ByTitle} LIMIT @limit OFFSET @offset",
            new { language, offset, limit }, cancellationToken);

    public Task<int> CountPublishedArticlesAsync(CancellationToken cancellationToken = default) =>
        CountPublishedArticlesAsync(ArticleLanguages.English, cancellationToken);

    public Task<int> CountPublishedArticlesAsync(string language, CancellationToken cancellationToken = default) => WithConnectionAsync(async connection =>
        (int)await connection.ExecuteScalarAsync<long>(
            new CommandDefinition($"SELECT COUNT(*) FROM articles a WHERE {PublicArticles.Where} AND a.language = @language", new { language }, cancellationToken: cancellationToken)).ConfigureAwait(false),
        cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListFeaturedArticlesAsync(int limit, CancellationToken cancellationToken = default) =>
        ListFeaturedArticlesAsync(ArticleLanguages.English, limit, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListFeaturedArticlesAsync(string language, int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync($"SELECT {SummaryColumns} FROM articles a WHERE {PublicArticles.Where} AND a.language = @language AND a.featured = 1 ORDER BY {ByTitle} LIMIT @limit",
            new { language, limit }, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListNewestArticlesAsync(int limit, CancellationToken cancellationToken = default) =>
        ListNewestArticlesAsync(ArticleLanguages.English, limit, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListNewestArticlesAsync(string language, int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync(
            $"SELECT {SummaryColumns} FROM articles a WHERE {PublicArticles.Where} AND a.language = @language AND a.attribution IS NULL ORDER BY {Dialect.NewestFirst("a.published")}, {ByTitle} LIMIT @limit",
            new { language, limit }, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> SearchArticlesAsync(string query, int limit, CancellationToken cancellationToken = default) =>
        SearchArticlesAsync(ArticleLanguages.English, query, limit, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> SearchArticlesAsync(string language, string query, int limit, CancellationToken cancellationToken = default)
    {
        var words = (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
        if (words.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<ArticleSummary>>([]);
        }

        var parameters = new DynamicParameters();
        parameters.Add("limit", limit);
        parameters.Add("language", language);
        var clauses = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            clauses.Add($"(a.title || ' ' || a.summary) {Dialect.ContainsIgnoringCase} @w{i} ESCAPE '\\'");
            parameters.Add($"w{i}", "%" + LikePattern.Escape(words[i]) + "%");
        }

        var sql = $"SELECT {SummaryColumns} FROM articles a WHERE {PublicArticles.Where} AND a.language = @language AND {string.Join(" AND ", clauses)} " +
                  $"ORDER BY CASE WHEN a.attribution IS NULL THEN 0 ELSE 1 END, {ByTitle} LIMIT @limit";
        return QuerySummariesAsync(sql, parameters, cancellationToken);
    }

    public Task<IReadOnlyList<ArticleSummary>> ListCounterpartsAsync(string slug, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync(
            $"SELECT {SummaryColumns} FROM articles a WHERE {PublicArticles.Where} AND a.slug <> @slug AND (" +
            "a.counterpart = @slug OR a.slug = (SELECT m.counterpart FROM articles m WHERE m.slug = @slug) " +
            "OR a.counterpart = (SELECT m.counterpart FROM articles m WHERE m.slug = @slug)) " +
            "ORDER BY a.language",
            new { slug }, cancellationToken);

    public Task<IReadOnlyList<Topic>> ListTopicsAsync(CancellationToken cancellationToken = default) =>
        QueryListAsync<TopicRow, Topic>($"SELECT slug, title, description, article_order FROM topics ORDER BY position, {Dialect.Text("slug")}", null, r => r.ToTopic(), cancellationToken);

    public Task<Topic?> GetTopicAsync(string slug, CancellationToken cancellationToken = default) => WithConnectionAsync(async connection =>
        (await connection.QuerySingleOrDefaultAsync<TopicRow>(new CommandDefinition(
            "SELECT slug, title, description, article_order FROM topics WHERE slug = @slug", new { slug }, cancellationToken: cancellationToken)).ConfigureAwait(false))?.ToTopic(),
        cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListTopicArticlesAsync(string topicSlug, CancellationToken cancellationToken = default) =>
        ListTopicArticlesAsync(ArticleLanguages.English, topicSlug, cancellationToken);

    public async Task<IReadOnlyList<ArticleSummary>> ListTopicArticlesAsync(string language, string topicSlug, CancellationToken cancellationToken = default)
    {
        var topic = await GetTopicAsync(topicSlug, cancellationToken).ConfigureAwait(false);
        var articles = await QuerySummariesAsync(
            $"SELECT {SummaryColumns} FROM articles a JOIN article_topics t ON t.article_slug = a.slug WHERE t.topic_slug = @topicSlug AND {PublicArticles.Where} AND a.language = @language ORDER BY {ByTitle}",
            new { topicSlug, language }, cancellationToken).ConfigureAwait(false);
        return TopicOrder.Apply(articles, topic?.ArticleOrder ?? []);
    }

    public Task<IReadOnlyList<ConditionGroup>> ListConditionGroupsAsync(CancellationToken cancellationToken = default) =>
        QueryListAsync<(string Id, string Name, string Description), ConditionGroup>(
            $"SELECT id, name, description FROM condition_groups ORDER BY position, {Dialect.Text("id")}", null, r => new ConditionGroup(r.Id, r.Name, r.Description), cancellationToken);

    public Task<IReadOnlyList<Condition>> ListConditionsAsync(CancellationToken cancellationToken = default) =>
        QueryListAsync<ConditionRow, Condition>(
            $"SELECT id, name, synonyms, icd10, group_id, clinic_id, description, details FROM conditions ORDER BY position, {Dialect.Text("id")}", null, r => r.ToCondition(), cancellationToken);

    public Task<Condition?> GetConditionAsync(string id, CancellationToken cancellationToken = default) => WithConnectionAsync(async connection =>
        (await connection.QuerySingleOrDefaultAsync<ConditionRow>(new CommandDefinition(
            "SELECT id, name, synonyms, icd10, group_id, clinic_id, description, details FROM conditions WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            ?.ToCondition(),
        cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListConditionArticlesAsync(string conditionId, CancellationToken cancellationToken = default) =>
        ListConditionArticlesAsync(ArticleLanguages.English, conditionId, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListConditionArticlesAsync(string language, string conditionId, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync(
            $"SELECT {SummaryColumns} FROM articles a JOIN article_conditions c ON c.article_slug = a.slug WHERE c.condition_id = @conditionId AND {PublicArticles.Where} AND a.language = @language " +
            $"ORDER BY c.position, (SELECT COUNT(*) FROM article_conditions x WHERE x.article_slug = a.slug), {ByTitle}",
            new { conditionId, language }, cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> ListRelatedArticlesAsync(string slug, int limit, CancellationToken cancellationToken = default) =>
        QuerySummariesAsync(
            $"SELECT {SummaryColumns} FROM articles a JOIN (" +
            "SELECT s.slug, SUM(s.weight) AS score FROM (" +
            "SELECT c.article_slug AS slug, 2 AS weight FROM article_conditions c JOIN article_conditions mine ON mine.condition_id = c.condition_id AND mine.article_slug = @slug " +
            "UNION ALL SELECT t.article_slug, 1 FROM article_topics t JOIN article_topics mine ON mine.topic_slug = t.topic_slug AND mine.article_slug = @slug" +
            ") s GROUP BY s.slug) r ON r.slug = a.slug " +
            $"WHERE a.slug <> @slug AND {PublicArticles.Where} AND a.attribution IS NULL " +
            $"AND a.language = (SELECT m.language FROM articles m WHERE m.slug = @slug) ORDER BY r.score DESC, {Dialect.NewestFirst("a.published")}, {ByTitle} LIMIT @limit",
            new { slug, limit }, cancellationToken);

    public Task<IReadOnlyList<Clinic>> ListClinicsAsync(CancellationToken cancellationToken = default) =>
        QueryListAsync<ClinicRow, Clinic>(
            $"SELECT id, name, treats, appointment, details FROM clinics ORDER BY position, {Dialect.Text("id")}", null, r => r.ToClinic(), cancellationToken);

    public Task<IReadOnlyList<QaPair>> ListArticleQaPairsAsync(string articleSlug, CancellationToken cancellationToken = default) =>
        QueryListAsync<QaPairRow, QaPair>($"SELECT {PairColumns} FROM qa_pairs WHERE article_slug = @articleSlug ORDER BY {Dialect.InsertionOrder}",
            new { articleSlug }, r => r.ToQaPair(), cancellationToken);

    public Task<IReadOnlyList<QaPair>> ListAllQaPairsAsync(CancellationToken cancellationToken = default) =>
        QueryListAsync<QaPairRow, QaPair>($"SELECT {PairColumns} FROM qa_pairs ORDER BY {Dialect.InsertionOrder}", null, r => r.ToQaPair(), cancellationToken);

    public Task<SearchSourceHashes> ListSearchSourceHashesAsync(CancellationToken cancellationToken = default) => WithConnectionAsync(async connection =>
        new SearchSourceHashes(
            await SourceHashes.ReadAsync(connection, $"SELECT a.slug, a.content_hash FROM articles a WHERE {PublicArticles.Where}", cancellationToken).ConfigureAwait(false),
            await SourceHashes.ReadAsync(connection, "SELECT id, content_hash FROM qa_pairs", cancellationToken).ConfigureAwait(false)),
        cancellationToken);

    public Task<IReadOnlyList<QaPair>> ListQaPairsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<QaPair>>([]);
        }

        return WithConnectionAsync<IReadOnlyList<QaPair>>(async connection =>
        {
            var pairs = new List<QaPair>(ids.Count);
            foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
            {
                var rows = await connection.QueryAsync<QaPairRow>(new CommandDefinition(
                    $"SELECT {PairColumns} FROM qa_pairs WHERE {Dialect.InList("id", "@chunk")}", new { chunk }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                pairs.AddRange(rows.Select(r => r.ToQaPair()));
            }

            return pairs;
        }, cancellationToken);
    }

    public Task<long> GetContentVersionAsync(CancellationToken cancellationToken = default) => WithConnectionAsync(connection =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT version FROM content_version WHERE id = 1", cancellationToken: cancellationToken)),
        cancellationToken);

    public Task<KnownIds> GetKnownIdsAsync(CancellationToken cancellationToken = default) => WithConnectionAsync(async connection =>
    {
        async Task<IReadOnlySet<string>> Ids(string sql) =>
            (await connection.QueryAsync<string>(new CommandDefinition(sql, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var languages = (await connection.QueryAsync<(string Slug, string Language)>(
                new CommandDefinition("SELECT slug, language FROM articles", cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToDictionary(r => r.Slug, r => r.Language, StringComparer.Ordinal);
        return new KnownIds(
            await Ids("SELECT slug FROM topics").ConfigureAwait(false),
            await Ids("SELECT id FROM conditions").ConfigureAwait(false),
            await Ids("SELECT id FROM clinics").ConfigureAwait(false))
        {
            ArticleLanguages = languages,
        };
    }, cancellationToken);

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) => WithConnectionAsync(async connection =>
    {
        var row = await connection.QuerySingleAsync<(long A, long T, long C, long K, long Q)>(new CommandDefinition(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM topics), (SELECT COUNT(*) FROM conditions), (SELECT COUNT(*) FROM clinics), (SELECT COUNT(*) FROM qa_pairs)",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new StoreCounts((int)row.A, (int)row.T, (int)row.C, (int)row.K, (int)row.Q);
    }, cancellationToken);

    public Task<bool> HasSeedAsync(string seedName, CancellationToken cancellationToken = default) => WithConnectionAsync(async connection =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM seed_history WHERE name = @seedName", new { seedName }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0,
        cancellationToken);

    private Task<IReadOnlyList<ArticleSummary>> QuerySummariesAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        QueryListAsync<SummaryRow, ArticleSummary>(sql, parameters, r => r.ToSummary(), cancellationToken);

    private Task<IReadOnlyList<TResult>> QueryListAsync<TRow, TResult>(string sql, object? parameters, Func<TRow, TResult> map, CancellationToken cancellationToken) =>
        WithConnectionAsync<IReadOnlyList<TResult>>(async connection =>
            (await connection.QueryAsync<TRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(map).ToList(),
            cancellationToken);
}
