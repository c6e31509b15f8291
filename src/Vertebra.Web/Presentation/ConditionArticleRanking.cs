using Vertebra.Content.Model;
using Vertebra.Storage;

namespace Vertebra.Web.Presentation;

/// <summary>
/// Orders a condition's articles by relevance: an article whose title names the condition (or one of its
/// other names) first, then the store's order (the condition listed earlier in the article, fewer conditions).
/// </summary>
internal static class ConditionArticleRanking
{
    public static IReadOnlyList<ArticleSummary> Rank(Condition condition, IReadOnlyList<ArticleSummary> articles)
    {
        var names = new[] { ShortName(condition.Name) }.Concat(condition.Synonyms)
            .Where(n => n.Length >= 4)
            .ToList();
        return articles
            .Select((a, i) => (Article: a, Index: i, Named: names.Any(n => a.Title.Contains(n, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(x => x.Named)
            .ThenBy(x => x.Index)
            .Select(x => x.Article)
            .ToList();
    }

    /// <summary>"Spinal stenosis" from "Spinal stenosis", "Schwannoma" from "Schwannoma (neurilemmoma)".</summary>
    private static string ShortName(string name)
    {
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? name[..bracket] : name;
    }
}
