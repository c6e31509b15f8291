using Vertebra.Interop.Catalogue;
using Vertebra.Storage;

namespace Vertebra.Web.Interop;

/// <summary>
/// Keeps the interoperability services' snapshot of conditions and articles in step with the store. The content
/// version is checked at most once a second, so a CDS Hooks call normally costs no database round trip.
/// </summary>
internal sealed class InteropCatalogueSource(IContentStore store, TimeProvider time)
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async Task<SpineCatalogue> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = _snapshot;
        if (current is not null && now - current.CheckedAt < CheckEvery)
        {
            return current.Catalogue;
        }

        var version = await store.GetContentVersionAsync(cancellationToken).ConfigureAwait(false);
        if (current is not null && current.Version == version)
        {
            _snapshot = current with { CheckedAt = now };
            return current.Catalogue;
        }

        await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_snapshot is { } fresh && fresh.Version == version)
            {
                return fresh.Catalogue;
            }

            var catalogue = await BuildAsync(cancellationToken).ConfigureAwait(false);
            _snapshot = new Snapshot(version, now, catalogue);
            return catalogue;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private async Task<SpineCatalogue> BuildAsync(CancellationToken cancellationToken)
    {
        var conditions = await store.ListConditionsAsync(cancellationToken).ConfigureAwait(false);
        var byCondition = new Dictionary<string, IReadOnlyList<CatalogueArticle>>(StringComparer.Ordinal);
        foreach (var condition in conditions)
        {
            var articles = await store.ListConditionArticlesAsync(condition.Id, cancellationToken).ConfigureAwait(false);
            byCondition[condition.Id] = articles.Select(a => new CatalogueArticle(a.Slug, a.Title, a.Summary)).ToArray();
        }

        var count = await store.CountPublishedArticlesAsync(cancellationToken).ConfigureAwait(false);
        var all = await store.ListArticlesAsync(0, Math.Max(count, 1), cancellationToken).ConfigureAwait(false);
        return SpineCatalogue.Create(conditions, byCondition, all.Select(a => new CatalogueArticle(a.Slug, a.Title, a.Summary)));
    }

    private sealed record Snapshot(long Version, DateTimeOffset CheckedAt, SpineCatalogue Catalogue);
}
