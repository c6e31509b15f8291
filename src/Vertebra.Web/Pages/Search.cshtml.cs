using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Web.Hosting;
using Vertebra.Content.Model;
using Vertebra.Storage;

namespace Vertebra.Web.Pages;

[OutputCache(PolicyName = VertebraWebHost.ContentCachePolicy)]
public sealed class SearchModel(IContentStore store) : PageModel
{
    public const int MaxQueryLength = 2000;

    public string? Query { get; private set; }
    public bool WasCut { get; private set; }
    public IReadOnlyList<ArticleSummary> Results { get; private set; } = [];
    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "q")] string? q, CancellationToken cancellationToken)
    {
        var query = new string((q ?? "").Where(ch => !char.IsControl(ch)).ToArray()).Trim();
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
            WasCut = true;
        }

        Query = query;
        if (query.Length == 0)
        {
            return;
        }

        Results = await store.SearchArticlesAsync(query, 50, cancellationToken);
        if (Results.Count == 0)
        {
            Topics = await store.ListTopicsAsync(cancellationToken);
        }
    }
}
