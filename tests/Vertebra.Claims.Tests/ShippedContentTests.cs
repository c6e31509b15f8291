namespace Vertebra.Claims.Tests;

/// <summary>
/// The site's own articles warn about claims; they must never make one (issue 14: every bundled article, no finding;
/// issue 15: the Chinese articles in articles/zh/ too).
/// </summary>
public sealed class ShippedContentTests
{
    public static TheoryData<string> Articles() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "content", "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(RepoPaths.RepoRoot, "content", "articles"), f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Articles))]
    public void Check_BundledArticle_HasNoFinding(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "content", "articles", fileName));

        var findings = Checkers.Shipped.Check(text);

        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => $"{fileName}@{f.Start} {f.Category}: {f.Text}")));
    }
}
