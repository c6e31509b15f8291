using Vertebra.Content.Model;

namespace Vertebra.Storage.Sql;

/// <summary>The one definition, in SQL, of an article the public may see (see <see cref="ArticleStatusNames.IsPublic"/>).</summary>
internal static class PublicArticles
{
    /// <summary>The condition on the <c>articles</c> table aliased <c>a</c>.</summary>
    public static readonly string Where =
        $"a.status IN ({string.Join(", ", Enum.GetValues<ArticleStatus>().Where(s => s.IsPublic()).Select(s => $"'{s.ToName()}'"))})";
}
