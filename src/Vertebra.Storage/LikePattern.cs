namespace Vertebra.Storage;

/// <summary>Makes a search word match itself only: %, _ and the escape character \ lose their LIKE meaning.</summary>
internal static class LikePattern
{
    public static string Escape(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
