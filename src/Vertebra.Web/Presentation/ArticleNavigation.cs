using Vertebra.Content.Model;
using Vertebra.Storage;

namespace Vertebra.Web.Presentation;

/// <summary>Previous and next articles: an explicit link wins; otherwise the order of the article's main topic.</summary>
public sealed class ArticleNavigation(IContentStore store)
{
    public async Task<(ArticleSummary? Previous, ArticleSummary? Next)> FindAsync(Article article, CancellationToken cancellationToken)
    {
        var inTopic = article.Topics.Count > 0
            ? await store.ListTopicArticlesAsync(article.Topics[0], cancellationToken).ConfigureAwait(false)
            : [];
        var index = -1;
        for (var i = 0; i < inTopic.Count; i++)
        {
            if (inTopic[i].Slug == article.Slug)
            {
                index = i;
                break;
            }
        }

        var previous = await ExplicitAsync(article.PreviousSlug, cancellationToken).ConfigureAwait(false)
            ?? (index > 0 ? inTopic[index - 1] : null);
        var next = await ExplicitAsync(article.NextSlug, cancellationToken).ConfigureAwait(false)
            ?? (index >= 0 && index + 1 < inTopic.Count ? inTopic[index + 1] : null);
        return (previous, next);
    }

    private async Task<ArticleSummary?> ExplicitAsync(string? slug, CancellationToken cancellationToken)
    {
        if (slug is null)
        {
            return null;
        }

        var article = await store.GetArticleAsync(slug, cancellationToken).ConfigureAwait(false);
        return article is { Status: ArticleStatus.Published }
            ? new ArticleSummary(article.Slug, article.Title, article.Summary, article.Published, article.Featured)
            : null;
    }
}
