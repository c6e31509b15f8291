namespace Vertebra.Storage;

/// <summary>Puts a topic's articles in its reading order: listed ones first as listed, the rest as they came.</summary>
internal static class TopicOrder
{
    public static IReadOnlyList<ArticleSummary> Apply(IReadOnlyList<ArticleSummary> articles, IReadOnlyList<string> order)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++)
        {
            rank.TryAdd(order[i], i);
        }

        return articles
            .Select((a, i) => (Article: a, Key: rank.TryGetValue(a.Slug, out var r) ? r : order.Count + i))
            .OrderBy(x => x.Key)
            .Select(x => x.Article)
            .ToList();
    }
}
