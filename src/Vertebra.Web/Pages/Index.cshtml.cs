using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Web.Caching;
using Vertebra.Content.Model;
using Vertebra.Storage;
using Vertebra.Web.Localisation;

namespace Vertebra.Web.Pages;

[OutputCache(PolicyName = PageCaching.HomePolicy)]
public sealed class IndexModel(IContentStore store) : PageModel
{
    public IReadOnlyList<Topic> Topics { get; private set; } = [];
    public IReadOnlyList<ArticleSummary> Featured { get; private set; } = [];
    public IReadOnlyList<ArticleSummary> Newest { get; private set; } = [];

    /// <summary>True on the English home page when the browser asks for Chinese first: a notice links to /zh/ (never a redirect).</summary>
    public bool SuggestChinese { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SuggestChinese = !SiteLanguage.IsChinese && LanguageCultureProvider.PrefersChinese(Request);
        Topics = await store.ListTopicsAsync(cancellationToken);
        Featured = await store.ListFeaturedArticlesAsync(SiteLanguage.Content, 4, cancellationToken);
        Newest = await store.ListNewestArticlesAsync(SiteLanguage.Content, 6, cancellationToken);
    }
}
