using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Web.Caching;
using Vertebra.Content.Model;
using Vertebra.Content.Rendering;
using Vertebra.Storage;
using Vertebra.Web.Presentation;
using Vertebra.Web.Localisation;

namespace Vertebra.Web.Pages.Articles;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class ArticleShowModel(IContentStore store, ArticleHtmlRenderer renderer, ArticleNavigation navigation, WarningSignMarkdown warningSigns, UrgentBoxes urgentBoxes) : PageModel
{
    private const int MoreCount = 8;

    public Article? Article { get; private set; }
    public Topic? MainTopic { get; private set; }
    public string BodyHtml { get; private set; } = "";
    public string JsonLd { get; private set; } = "";
    public ArticleSummary? Previous { get; private set; }
    public ArticleSummary? Next { get; private set; }
    public IReadOnlyList<ArticleSummary> More { get; private set; } = [];
    public IReadOnlyList<QaPair> QaPairs { get; private set; } = [];
    internal Diagram? Diagram { get; private set; }
    internal UrgentBox? UrgentBox { get; private set; }

    /// <summary>This article in English: itself, its English counterpart, or the English article list.</summary>
    public string EnglishUrl { get; private set; } = "/articles";

    /// <summary>This article in Chinese: itself, its Chinese counterpart, or the Chinese article list.</summary>
    public string ChineseUrl { get; private set; } = "/zh/articles";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await store.GetArticleAsync(slug, cancellationToken);
        if (article is null || !article.Status.IsPublic())
        {
            return NotFound();
        }

        // An article lives in the edition of its own language: the other edition's address leads there.
        if (article.Language != SiteLanguage.Content)
        {
            return RedirectPermanent(ArticleLanguages.PathOf(article));
        }

        Article = article;
        (EnglishUrl, ChineseUrl) = ArticleEditions.Addresses(article, await store.ListCounterpartsAsync(article.Slug, cancellationToken));
        MainTopic = article.Topics.Count > 0 ? await store.GetTopicAsync(article.Topics[0], cancellationToken) : null;
        BodyHtml = renderer.Render(warningSigns.Expand(article.Body));
        Diagram = DiagramCatalogue.ForArticle(article.Slug);
        UrgentBox = urgentBoxes.ForArticle(article);
        var url = $"{Interop.InteropRequests.BaseUrl(Request)}{Localisation.SiteLanguage.Local("/articles/" + article.Slug)}";
        JsonLd = Presentation.JsonLd.ForArticle(article, url, SiteText.SiteName);
        (Previous, Next) = await navigation.FindAsync(article, cancellationToken);
        var related = await store.ListRelatedArticlesAsync(article.Slug, MoreCount + 2, cancellationToken);
        More = related.Where(m => m.Language == article.Language && m.Slug != Previous?.Slug && m.Slug != Next?.Slug).Take(MoreCount).ToList();
        QaPairs = article.Attribution is null ? [] : await store.ListArticleQaPairsAsync(article.Slug, cancellationToken);
        return Page();
    }
}
