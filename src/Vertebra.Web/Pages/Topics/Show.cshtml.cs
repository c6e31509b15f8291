using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Web.Caching;
using Vertebra.Content.Model;
using Vertebra.Storage;

namespace Vertebra.Web.Pages.Topics;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class TopicShowModel(IContentStore store) : PageModel
{
    public Topic? Topic { get; private set; }
    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Topic = await store.GetTopicAsync(slug, cancellationToken);
        if (Topic is null)
        {
            return NotFound();
        }

        Articles = await store.ListTopicArticlesAsync(Localisation.SiteLanguage.Content, slug, cancellationToken);
        return Page();
    }
}
