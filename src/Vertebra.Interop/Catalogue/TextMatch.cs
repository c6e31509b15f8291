namespace Vertebra.Interop.Catalogue;

/// <summary>Word matching for display names and free text (case-insensitive, punctuation ignored).</summary>
internal static class TextMatch
{
    public static IReadOnlyList<string> Words(string text) =>
        text.Split([' ', ',', '.', ';', ':', '(', ')', '/', '-', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .ToArray();

    public static bool ContainsAny(string text, IEnumerable<string> fragments) =>
        fragments.Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase));
}
