using Vertebra.Content.Model;
using Vertebra.Search;
using Vertebra.Storage;

namespace Vertebra.Indexing;

/// <summary>
/// Brings a search index in step with the store. It compares the store's key and content hash of every article and
/// pair with what the index holds (<see cref="IndexedSources"/>), reads only what is new or changed, and applies that
/// with one <see cref="SearchIndex.ReplaceSources"/>. It rebuilds everything instead when it does not know what the
/// index holds, when the index is empty or of an older format, or when more than a quarter of the sources changed.
/// A record whose documents cannot be made or that Lucene could not hold is skipped and named in <see cref="Skipped"/>,
/// and everything else is indexed: one bad article never stops search for the whole site. A skipped record is not
/// recorded as indexed, so it is tried again whenever the content changes (an editor's fix reaches search).
/// Not thread-safe: one updater per index, used by one caller at a time.
/// </summary>
internal sealed class SearchIndexUpdater(IContentStore store, SearchIndex index, string folder, TimeProvider time,
    MeaningVectors? vectors = null, IProgress<(int Done, int Total)>? encodeProgress = null)
{
    /// <summary>What the index's vectors are: the encoder's model, or empty when semantic matching is off.</summary>
    private string VectorModel => vectors?.Encoder.ModelId ?? "";

    /// <summary>The share of sources that may change before a rebuild (which also merges the index) is cheaper.</summary>
    public const double RebuildShare = 0.25;

    /// <summary>Up to this many changed articles are read one by one; more, and all articles are read at once.</summary>
    private const int ArticlesReadOneByOne = 32;

    private IndexedSources? _known;
    private bool _loaded;
    private Dictionary<string, string> _skipped = new(StringComparer.Ordinal);

    /// <summary>Records left out of the index, by source key (<c>article:SLUG</c>, <c>qa:ID</c>), with the reason.</summary>
    public IReadOnlyDictionary<string, string> Skipped => _skipped;

    /// <summary>
    /// Checks the store's content version and, when it moved (or the index needs it), updates the index. Returns null
    /// when the version had not moved and the index needed nothing.
    /// </summary>
    /// <param name="forceRebuild">Re-index everything whatever the record says.</param>
    /// <param name="beforeRebuild">Called just before a full rebuild starts.</param>
    /// <param name="cancellationToken">Stops the update; the index is then left as it was.</param>
    public async Task<SearchIndexUpdate?> UpdateAsync(bool forceRebuild, Func<Task>? beforeRebuild, CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _known = await IndexedSources.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
            _skipped = new Dictionary<string, string>(_known?.Skipped ?? new Dictionary<string, string>(), StringComparer.Ordinal);
            _loaded = true;
        }

        var started = time.GetTimestamp();

        // The version is read before the hashes, and the hashes before the text: what is recorded is never newer than
        // what was indexed, and a write that lands in between moves the version again for the next pass.
        var version = await store.GetContentVersionAsync(cancellationToken).ConfigureAwait(false);
        var reason = forceRebuild ? "asked to rebuild" : RebuildReason();
        if (reason is null && version == _known!.ContentVersion)
        {
            return null;
        }

        var current = await store.ListSearchSourceHashesAsync(cancellationToken).ConfigureAwait(false);
        if (reason is null)
        {
            var articles = Diff(_known!.Articles, current.Articles);
            var pairs = Diff(_known.QaPairs, current.QaPairs);
            var changes = articles.Count + pairs.Count;
            var total = Math.Max(_known.Count, current.Articles.Count + current.QaPairs.Count);
            if (changes > total * RebuildShare)
            {
                reason = $"{changes} of {total} sources changed";
            }
            else
            {
                var written = 0;
                if (changes > 0)
                {
                    var sourceKeys = articles.All.Select(SearchDocuments.ArticleSourceKey).Concat(pairs.All.Select(SearchDocuments.PairSourceKey)).ToList();
                    foreach (var key in sourceKeys)
                    {
                        _skipped.Remove(key);
                    }

                    var documents = await WithVectorsAsync(await ReadDocumentsAsync(articles, pairs, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                    written = index.ReplaceSources(sourceKeys, documents);
                }

                // Nothing the index holds changed (say, only a topic was edited): no index write, no file write.
                await RecordAsync(version, current, saveFile: changes > 0, cancellationToken).ConfigureAwait(false);
                return new SearchIndexUpdate(false, null, version, articles.Added.Count + pairs.Added.Count, articles.Changed.Count + pairs.Changed.Count,
                    articles.Removed.Count + pairs.Removed.Count, written, time.GetElapsedTime(started));
            }
        }

        if (beforeRebuild is not null)
        {
            await beforeRebuild().ConfigureAwait(false);
        }

        _skipped.Clear();
        var count = await RebuildAsync(cancellationToken).ConfigureAwait(false);
        await RecordAsync(version, current, saveFile: true, cancellationToken).ConfigureAwait(false);
        return new SearchIndexUpdate(true, reason, version, current.Articles.Count + current.QaPairs.Count, 0, 0, count, time.GetElapsedTime(started));
    }

    /// <summary>Re-indexes every published article and every pair.</summary>
    private async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        // The documents are handed to the index one at a time and let go of: the corpus's texts and vectors (which the
        // in-memory vector index copies) need not all stay alive while Lucene merges the new index, the peak of a build.
        var documents = new Queue<SearchDocument>(await WithVectorsAsync(await ReadAllDocumentsAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));
        var count = documents.Count;
        index.Rebuild(Drain(documents));
        return count;
    }

    /// <summary>The documents of every published article and every pair (the records themselves are let go of on return).</summary>
    private async Task<List<SearchDocument>> ReadAllDocumentsAsync(CancellationToken cancellationToken)
    {
        var articles = (await store.ListAllArticlesAsync(cancellationToken).ConfigureAwait(false)).Where(IsPublic);
        var pairs = await store.ListAllQaPairsAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<SearchDocument>();
        foreach (var article in articles)
        {
            documents.AddRange(Collect(SearchDocuments.ArticleSourceKey(article.Slug), () => SearchDocuments.FromArticle(article)));
        }

        foreach (var pair in pairs)
        {
            documents.AddRange(Collect(SearchDocuments.PairSourceKey(pair.Id), () => [SearchDocuments.FromQaPair(pair)]));
        }

        return documents;
    }

    /// <summary>Yields the queue's documents, taking each out as it goes.</summary>
    private static IEnumerable<SearchDocument> Drain(Queue<SearchDocument> documents)
    {
        while (documents.TryDequeue(out var document))
        {
            yield return document;
        }
    }

    /// <summary>The documents with their meaning vectors (loaded from the database, or computed and stored there).</summary>
    private async Task<List<SearchDocument>> WithVectorsAsync(List<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (vectors is null || documents.Count == 0)
        {
            return documents;
        }

        var (withVectors, encoded, loaded) = await vectors.AttachAsync(documents, encodeProgress, cancellationToken).ConfigureAwait(false);
        VectorsEncoded += encoded;
        VectorsLoaded += loaded;
        return withVectors;
    }

    /// <summary>Vectors computed by this updater so far (the rest were loaded from the database).</summary>
    public int VectorsEncoded { get; private set; }

    /// <summary>Vectors loaded from the database by this updater so far.</summary>
    public int VectorsLoaded { get; private set; }

    private string? RebuildReason()
    {
        if (_known is null)
        {
            return "no record of what the index holds";
        }

        if (!string.Equals(_known.Vectors ?? "", VectorModel, StringComparison.Ordinal))
        {
            return VectorModel.Length == 0 ? "semantic matching was switched off" : "the index has no meaning vectors of " + VectorModel;
        }

        if (!index.IsCurrentFormat)
        {
            return "the index was written by an older version";
        }

        return index.Count == 0 && _known.Count > 0 ? "the index is empty" : null;
    }

    /// <summary>The documents of the added and changed articles and pairs, read from the store.</summary>
    private async Task<List<SearchDocument>> ReadDocumentsAsync(Changes articles, Changes pairs, CancellationToken cancellationToken)
    {
        var documents = new List<SearchDocument>();
        var slugs = articles.Added.Concat(articles.Changed).ToList();
        if (slugs.Count > ArticlesReadOneByOne)
        {
            var wanted = slugs.ToHashSet(StringComparer.Ordinal);
            var all = await store.ListAllArticlesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var article in all.Where(a => wanted.Contains(a.Slug) && IsPublic(a)))
            {
                documents.AddRange(Collect(SearchDocuments.ArticleSourceKey(article.Slug), () => SearchDocuments.FromArticle(article)));
            }
        }
        else
        {
            foreach (var slug in slugs)
            {
                // An article unpublished since the hashes were read is left out, so it is only removed.
                if (await store.GetArticleAsync(slug, cancellationToken).ConfigureAwait(false) is { } article && IsPublic(article))
                {
                    documents.AddRange(Collect(SearchDocuments.ArticleSourceKey(article.Slug), () => SearchDocuments.FromArticle(article)));
                }
            }
        }

        var ids = pairs.Added.Concat(pairs.Changed).ToList();
        if (ids.Count > 0)
        {
            foreach (var pair in await store.ListQaPairsAsync(ids, cancellationToken).ConfigureAwait(false))
            {
                documents.AddRange(Collect(SearchDocuments.PairSourceKey(pair.Id), () => [SearchDocuments.FromQaPair(pair)]));
            }
        }

        return documents;
    }

    /// <summary>The documents of one record, or none when they cannot be made or held (the record is then skipped).</summary>
    private IEnumerable<SearchDocument> Collect(string sourceKey, Func<IEnumerable<SearchDocument>> make)
    {
        List<SearchDocument> documents;
        try
        {
            documents = make().ToList();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or NullReferenceException)
        {
            _skipped[sourceKey] = $"its text could not be prepared for search ({ex.GetType().Name}).";
            return [];
        }

        if (SearchDocuments.Problem(documents) is { } problem)
        {
            _skipped[sourceKey] = problem;
            return [];
        }

        return documents;
    }

    private async Task RecordAsync(long version, SearchSourceHashes current, bool saveFile, CancellationToken cancellationToken)
    {
        // Skipped records are left out of the record, so the next change tries them again.
        var articles = Without(current.Articles, SearchDocuments.ArticleSourceKey);
        var pairs = Without(current.QaPairs, SearchDocuments.PairSourceKey);
        var known = new IndexedSources(SearchIndex.FormatVersion, version, articles, pairs,
            new Dictionary<string, string>(_skipped, StringComparer.Ordinal)) { Vectors = VectorModel };
        if (saveFile)
        {
            await known.SaveAsync(folder, cancellationToken).ConfigureAwait(false);
        }

        _known = known;
    }

    private IReadOnlyDictionary<string, string> Without(IReadOnlyDictionary<string, string> hashes, Func<string, string> sourceKey) =>
        _skipped.Count == 0 ? hashes : hashes.Where(h => !_skipped.ContainsKey(sourceKey(h.Key))).ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal);

    private static bool IsPublic(Article article) => article.Status.IsPublic();

    private static Changes Diff(IReadOnlyDictionary<string, string> known, IReadOnlyDictionary<string, string> current)
    {
        var changes = new Changes([], [], []);
        foreach (var (key, hash) in current)
        {
            if (!known.TryGetValue(key, out var old))
            {
                changes.Added.Add(key);
            }
            else if (!string.Equals(old, hash, StringComparison.Ordinal))
            {
                changes.Changed.Add(key);
            }
        }

        changes.Removed.AddRange(known.Keys.Where(k => !current.ContainsKey(k)));
        return changes;
    }

    /// <summary>Keys (slugs or ids) that are new, whose hash changed, and that are gone.</summary>
    private sealed record Changes(List<string> Added, List<string> Changed, List<string> Removed)
    {
        public int Count => Added.Count + Changed.Count + Removed.Count;

        public IEnumerable<string> All => Added.Concat(Changed).Concat(Removed);
    }
}
