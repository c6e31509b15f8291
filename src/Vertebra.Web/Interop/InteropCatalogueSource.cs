using Vertebra.Interop;
using Vertebra.Interop.Catalogue;
using Vertebra.Storage;
using Vertebra.Storage.Changes;

namespace Vertebra.Web.Interop;

/// <summary>
/// Keeps the interoperability services' snapshot of conditions and articles in step with the store. It is built on
/// first use and built again after the content-change signal says the content moved, so a CDS Hooks call normally costs
/// no database round trip.
/// </summary>
internal sealed class InteropCatalogueSource(IContentStore store, InteropData data) : IContentChangeSubscriber
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile Snapshot? _snapshot;
    private long _stale;

    public async Task<SpineCatalogue> GetAsync(CancellationToken cancellationToken)
    {
        var current = _snapshot;
        if (current is not null && current.Generation == Interlocked.Read(ref _stale))
        {
            return current.Catalogue;
        }

        await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var generation = Interlocked.Read(ref _stale);
            if (_snapshot is { } fresh && fresh.Generation == generation)
            {
                return fresh.Catalogue;
            }

            var catalogue = await BuildAsync(cancellationToken).ConfigureAwait(false);
            _snapshot = new Snapshot(generation, catalogue);
            return catalogue;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>The content moved: the next call builds the snapshot again.</summary>
    public Task OnContentChangedAsync(long version, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _stale);
        return Task.CompletedTask;
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
        return SpineCatalogue.Create(conditions, byCondition, all.Select(a => new CatalogueArticle(a.Slug, a.Title, a.Summary)), data.Icd10Aliases);
    }

    private sealed record Snapshot(long Generation, SpineCatalogue Catalogue);
}
