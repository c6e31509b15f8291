using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Storage;

/// <summary>
/// The one store contract the site, the command line and later capabilities use. Nothing above it may assume
/// which database is behind it. Lists of articles hold published articles only, unless said otherwise. Each list
/// holds articles of one language (<see cref="ArticleLanguages"/>): the overloads without a language list English
/// ones, as the site did before it had a Chinese edition.
/// </summary>
public interface IContentStore
{
    /// <summary>Creates or upgrades the schema; safe to call at every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes a whole batch in one transaction: all of it, or (on any error) none of it.</summary>
    Task<ImportSummary> ApplyAsync(ContentBatch batch, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>An article in any status, or null.</summary>
    Task<Article?> GetArticleAsync(string slug, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Published articles in <paramref name="language"/> (<c>en</c>, <c>zh</c>), by title.</summary>
    Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(string language, int offset, int limit, CancellationToken cancellationToken = default);
    Task<int> CountPublishedArticlesAsync(CancellationToken cancellationToken = default);
    Task<int> CountPublishedArticlesAsync(string language, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ArticleSummary>> ListFeaturedArticlesAsync(int limit, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ArticleSummary>> ListFeaturedArticlesAsync(string language, int limit, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ArticleSummary>> ListNewestArticlesAsync(int limit, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ArticleSummary>> ListNewestArticlesAsync(string language, int limit, CancellationToken cancellationToken = default);

    /// <summary>Published English articles whose title or summary contains every word of the query.</summary>
    Task<IReadOnlyList<ArticleSummary>> SearchArticlesAsync(string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>Published articles in <paramref name="language"/> whose title or summary contains every word (space-separated) of the query.</summary>
    Task<IReadOnlyList<ArticleSummary>> SearchArticlesAsync(string language, string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The published articles that are the same article in another language: those naming <paramref name="slug"/> as
    /// their counterpart, the one it names, and that one's other translations; by language. Empty when there are none.
    /// </summary>
    Task<IReadOnlyList<ArticleSummary>> ListCounterpartsAsync(string slug, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Topic>> ListTopicsAsync(CancellationToken cancellationToken = default);
    Task<Topic?> GetTopicAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>A topic's published English articles in reading order: the topic's own order first, then by title.</summary>
    Task<IReadOnlyList<ArticleSummary>> ListTopicArticlesAsync(string topicSlug, CancellationToken cancellationToken = default);

    /// <summary>A topic's published articles in <paramref name="language"/>, in reading order (the topic's own order first, then by title).</summary>
    Task<IReadOnlyList<ArticleSummary>> ListTopicArticlesAsync(string language, string topicSlug, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ConditionGroup>> ListConditionGroupsAsync(CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Condition>> ListConditionsAsync(CancellationToken cancellationToken = default);
    Task<Condition?> GetConditionAsync(string id, CancellationToken cancellationToken = default);
    /// <summary>
    /// A condition's published articles, most relevant first: articles that list the condition earlier among
    /// their conditions, then articles about fewer conditions (more focused), then by title.
    /// </summary>
    Task<IReadOnlyList<ArticleSummary>> ListConditionArticlesAsync(string conditionId, CancellationToken cancellationToken = default);

    /// <summary>A condition's published articles in <paramref name="language"/>, in the order of <see cref="ListConditionArticlesAsync(string, CancellationToken)"/>.</summary>
    Task<IReadOnlyList<ArticleSummary>> ListConditionArticlesAsync(string language, string conditionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Our own published articles in the given one's language that share conditions or topics with it, most shared first
    /// (a shared condition counts twice, a shared topic once), then newest; articles sharing nothing are left out.
    /// </summary>
    Task<IReadOnlyList<ArticleSummary>> ListRelatedArticlesAsync(string slug, int limit, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Clinic>> ListClinicsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<QaPair>> ListArticleQaPairsAsync(string articleSlug, CancellationToken cancellationToken = default);

    /// <summary>Every article in every status, for export.</summary>
    Task<IReadOnlyList<Article>> ListAllArticlesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every question–answer pair, for building the search index.</summary>
    Task<IReadOnlyList<QaPair>> ListAllQaPairsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The slug and content hash of every article the public can see (published or due for review) and the id and
    /// content hash of every question–answer pair. Reads no text, so a search index can afford to compare it with
    /// what it holds on every content change. An article's hash covers every field, its status included.
    /// </summary>
    Task<SearchSourceHashes> ListSearchSourceHashesAsync(CancellationToken cancellationToken = default);

    /// <summary>The question–answer pairs with these ids, in no particular order; ids the store does not know are left out.</summary>
    Task<IReadOnlyList<QaPair>> ListQaPairsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>A number that grows whenever published content changes, so caches and indexes know to refresh.</summary>
    Task<long> GetContentVersionAsync(CancellationToken cancellationToken = default);

    Task<KnownIds> GetKnownIdsAsync(CancellationToken cancellationToken = default);
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>True when a batch with this <see cref="ContentBatch.SeedName"/> has been applied to the store.</summary>
    Task<bool> HasSeedAsync(string seedName, CancellationToken cancellationToken = default);
}
