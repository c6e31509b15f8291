namespace Vertebra.Content.Model;

/// <summary>The words used for <see cref="ArticleStatus"/> in files, URLs and the database.</summary>
public static class ArticleStatusNames
{
    private static readonly Dictionary<ArticleStatus, string> Names = new()
    {
        [ArticleStatus.Draft] = "draft",
        [ArticleStatus.InReview] = "in_review",
        [ArticleStatus.Published] = "published",
        [ArticleStatus.DueForReview] = "due_for_review",
    };

    public static IEnumerable<string> All => Names.Values;

    public static string ToName(this ArticleStatus status) => Names[status];

    /// <summary>True for the statuses the public sees: published, and published but due for review.</summary>
    public static bool IsPublic(this ArticleStatus status) => status is ArticleStatus.Published or ArticleStatus.DueForReview;

    public static bool TryParse(string name, out ArticleStatus status)
    {
        foreach (var (key, value) in Names)
        {
            if (string.Equals(value, name, StringComparison.OrdinalIgnoreCase))
            {
                status = key;
                return true;
            }
        }

        status = default;
        return false;
    }
}
