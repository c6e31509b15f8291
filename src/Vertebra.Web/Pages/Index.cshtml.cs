using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Web.Caching;
using Vertebra.Content.Model;
using Vertebra.Storage;

namespace Vertebra.Web.Pages;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class IndexModel(IContentStore store) : PageModel
{
    public IReadOnlyList<Topic> Topics { get; private set; } = [];
    public IReadOnlyList<ArticleSummary> Featured { get; private set; } = [];
    public IReadOnlyList<ArticleSummary> Newest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Topics = await store.ListTopicsAsync(cancellationToken);
        Featured = await store.ListFeaturedArticlesAsync(4, cancellationToken);
        Newest = await store.ListNewestArticlesAsync(6, cancellationToken);
    }
}
