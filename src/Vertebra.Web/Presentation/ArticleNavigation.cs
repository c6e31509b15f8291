using Vertebra.Content.Model;
using Vertebra.Storage;

namespace Vertebra.Web.Presentation;

/// <summary>
/// Previous and next articles: an explicit link wins; otherwise the reading order of the article's main topic,
/// counting only articles whose main topic it is too, so that "next" then "previous" always leads back.
/// </summary>
public sealed class ArticleNavigation(IContentStore store)
{
    public async Task<(ArticleSummary? Previous, ArticleSummary? Next)> FindAsync(Article article, CancellationToken cancellationToken)
    {
        var inTopic = article.Topics.Count > 0
            ? await SharingMainTopicAsync(article.Language, article.Topics[0], cancellationToken).ConfigureAwait(false)
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

    private async Task<List<ArticleSummary>> SharingMainTopicAsync(string language, string topic, CancellationToken cancellationToken)
    {
        var sharing = new List<ArticleSummary>();
        foreach (var candidate in await store.ListTopicArticlesAsync(language, topic, cancellationToken).ConfigureAwait(false))
        {
            var full = await store.GetArticleAsync(candidate.Slug, cancellationToken).ConfigureAwait(false);
            if (full is { Topics.Count: > 0 } && full.Topics[0] == topic)
            {
                sharing.Add(candidate);
            }
        }

        return sharing;
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
