using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Content.Model;
using Vertebra.Search;
using Vertebra.Storage;
using Vertebra.Web.Caching;
using Vertebra.Indexing;

namespace Vertebra.Web.Pages;

/// <summary>Full-text search over our articles and the trusted answers, with synonyms, spelling help and facets.</summary>
[OutputCache(PolicyName = PageCaching.SearchPolicy)]
public sealed class SearchModel(SearchIndex index, SearchIndexKeeper keeper, IContentStore store) : PageModel
{
    public const int MaxQueryLength = 2000;
    public const int PageSize = 20;

    public string? Query { get; private set; }
    public string? Kind { get; private set; }
    public bool WasCut { get; private set; }
    public SearchResults? Results { get; private set; }
    public IReadOnlyList<ArticleSummary> Fallback { get; private set; } = [];
    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "q")] string? q, [FromQuery(Name = "kind")] string? kind, CancellationToken cancellationToken)
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

        SearchDocumentKind? filter = Enum.TryParse<SearchDocumentKind>(kind, ignoreCase: true, out var k) ? k : null;
        Kind = filter?.ToString();
        if (keeper.IsReady)
        {
            Results = index.Search(query, PageSize, filter);
        }
        else
        {
            Fallback = await store.SearchArticlesAsync(query, PageSize, cancellationToken);
        }

        if ((Results?.Hits.Count ?? Fallback.Count) == 0)
        {
            Topics = await store.ListTopicsAsync(cancellationToken);
        }
    }

    public static string KindName(SearchDocumentKind kind) => kind switch
    {
        SearchDocumentKind.Article => "Our articles",
        SearchDocumentKind.ArticleSection => "Parts of our articles",
        _ => "Trusted answers (NIH)",
    };
}
