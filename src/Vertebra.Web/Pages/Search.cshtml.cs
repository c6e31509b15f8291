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
    public GroupedSearchResults? Results { get; private set; }
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

        SearchDocumentKind? filter = Enum.TryParse<SearchDocumentKind>(kind, ignoreCase: true, out var k)
            ? (k == SearchDocumentKind.ArticleSection ? SearchDocumentKind.Article : k) // parts are shown with their article
            : null;
        Kind = filter?.ToString();
        if (keeper.IsReady)
        {
            Results = index.SearchGrouped(query, PageSize, filter);
        }
        else
        {
            Fallback = await store.SearchArticlesAsync(Localisation.SiteLanguage.Content, query, PageSize, cancellationToken);
        }

        if ((Results?.Groups.Count ?? Fallback.Count) == 0)
        {
            Topics = await store.ListTopicsAsync(cancellationToken);
        }
    }

    public static string KindName(SearchDocumentKind kind) => kind switch
    {
        SearchDocumentKind.Article or SearchDocumentKind.ArticleSection => "Our articles",
        _ => "Trusted answers (NIH)",
    };

    /// <summary>A section's heading, without its article's title ("Sciatica: When to get help" → "When to get help").</summary>
    public static string SectionHeading(SearchHit section, string articleTitle) =>
        section.Title.StartsWith(articleTitle + ": ", StringComparison.Ordinal) ? section.Title[(articleTitle.Length + 2)..] : section.Title;

    /// <summary>"7 results", or "The best 20 of 57 results" when the list shows only the best.</summary>
    public static string CountLine(int shown, int total, string query) => shown >= total
        ? $"{total} result{(total == 1 ? "" : "s")} for “{query}”"
        : $"The best {shown} of {total} results for “{query}”";
}
