using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Web.Caching;
using Vertebra.Storage;
using Vertebra.Web.Localisation;

namespace Vertebra.Web.Pages.Articles;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class ArticleIndexModel(IContentStore store) : PageModel
{
    public const int PageSize = 30;

    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Total = await store.CountPublishedArticlesAsync(SiteLanguage.Content, cancellationToken);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = page ?? 1;
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        Articles = await store.ListArticlesAsync(SiteLanguage.Content, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
        return Page();
    }
}
