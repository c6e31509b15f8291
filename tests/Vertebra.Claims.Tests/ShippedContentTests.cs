using Xunit.Abstractions;

namespace Vertebra.Claims.Tests;

/// <summary>Runs the checker over the site's own articles: it must not fail, and every finding is printed for review.</summary>
public sealed class ShippedContentTests(ITestOutputHelper output)
{
    [Fact]
    public void Check_EveryShippedArticle_CompletesAndPrintsFindings()
    {
        var folder = Path.Combine(RepoPaths.RepoRoot, "content", "articles");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md") : [];
        var total = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var findings = Checkers.Shipped.Check(text);
            foreach (var f in findings)
            {
                output.WriteLine($"{Path.GetFileName(file)}@{f.Start} {f.Category}: {f.Text}");
            }

            Assert.All(findings, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
            total += findings.Count;
        }

        output.WriteLine($"{files.Length} articles, {total} findings (each should be a real claim or a known false positive).");
    }
}
