namespace Vertebra.Claims.Tests;

/// <summary>The shipped rules, loaded once for all tests (the checker is thread-safe).</summary>
internal static class Checkers
{
    private static readonly Lazy<ClaimChecker> LazyShipped = new(() => ClaimChecker.Load(RepoPaths.ClaimsYaml));

    public static ClaimChecker Shipped => LazyShipped.Value;

    public static string[] Categories(string text) =>
        [.. Shipped.Check(text).Select(f => f.Category).Distinct().Order(StringComparer.Ordinal)];
}
