using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Storage.Changes;

namespace Vertebra.Web.Caching;

/// <summary>
/// Follows the content-change signal: drops every cached page built from content. Registered after the search index
/// keeper, so a search page cached while the index was catching up is dropped too.
/// </summary>
internal sealed class OutputCacheEviction(IOutputCacheStore cache) : IContentChangeSubscriber
{
    public async Task OnContentChangedAsync(long version, CancellationToken cancellationToken) =>
        await cache.EvictByTagAsync(PageCaching.ContentTag, cancellationToken).ConfigureAwait(false);
}
