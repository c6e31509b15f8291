using System.Text.Json;

namespace Vertebra.Storage.Tests;

/// <summary>Everything a store shows, as one JSON text, so "exactly as before" can be checked in one comparison.</summary>
internal static class StoreSnapshot
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static async Task<string> TakeAsync(IContentStore store)
    {
        var articles = await store.ListAllArticlesAsync();
        var pairs = new Dictionary<string, object>();
        foreach (var article in articles)
        {
            pairs[article.Slug] = await store.ListArticleQaPairsAsync(article.Slug);
        }

        var topics = await store.ListTopicsAsync();
        var topicArticles = new Dictionary<string, object>();
        foreach (var topic in topics)
        {
            topicArticles[topic.Slug] = await store.ListTopicArticlesAsync(topic.Slug);
        }

        var snapshot = new
        {
            Counts = await store.CountAsync(),
            Articles = articles,
            Published = await store.ListArticlesAsync(0, 10_000),
            Topics = topics,
            TopicArticles = topicArticles,
            Groups = await store.ListConditionGroupsAsync(),
            Conditions = await store.ListConditionsAsync(),
            Clinics = await store.ListClinicsAsync(),
            Pairs = pairs,
        };
        return JsonSerializer.Serialize(snapshot, Options);
    }
}
