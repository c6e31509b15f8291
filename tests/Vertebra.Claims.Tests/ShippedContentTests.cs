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

    /// <summary>Each category's Chinese explanation links to a Chinese article that exists.</summary>
    [Fact]
    public void ShippedRules_ChineseArticleOfEveryCategory_Exists()
    {
        var categories = new[] { "reposition_disc", "cure_guarantee", "secret_remedy", "no_side_effects", "avoid_doctor", "reverse_damage", "false_mechanism", "massage_acute_safe" };
        var checker = Checkers.Shipped;
        Assert.Equal(categories.Order(StringComparer.Ordinal), checker.CategoryIds.Order(StringComparer.Ordinal));
        string[] claims =
        [
            "推拿能把突出的椎间盘推回去。", "一次根治，永不复发。", "祖传秘方。", "绝对安全，无副作用。", "不用拍片，不用开刀。",
            "这种注射能让椎间盘再生。", "颈椎错位会引起头痛和失眠。", "急性期也可以放心推拿。",
        ];
        var found = claims.SelectMany(c => checker.Check(c)).ToList();
        foreach (var category in categories)
        {
            var finding = Assert.Single(found, f => f.Category == category);
            Assert.Equal("zh", finding.Language);
            Assert.True(File.Exists(Path.Combine(RepoPaths.RepoRoot, "content", "articles", "zh", finding.ArticleSlug + ".md")), $"{category}: no Chinese article '{finding.ArticleSlug}'");
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Check_BundledArticle_HasNoFinding(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "content", "articles", fileName));

        var findings = Checkers.Shipped.Check(text);

        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => $"{fileName}@{f.Start} {f.Category}: {f.Text}")));
    }
}
