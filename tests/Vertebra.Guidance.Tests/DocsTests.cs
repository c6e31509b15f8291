namespace Vertebra.Guidance.Tests;

/// <summary>docs/clinical-safety.md keeps its warning-sign matrix in step with content/guidance/warning-signs.yaml.</summary>
public sealed class DocsTests
{
    [Fact]
    public void ClinicalSafetyMatrix_ListsEveryWarningSignWithItsLevel()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "clinical-safety.md"));
        foreach (var sign in Engines.Default.WarningSigns)
        {
            Assert.Contains($"| `{sign.Id}` | {sign.Name} | {WarningSign.WireName(sign.Level)} |", doc, StringComparison.Ordinal);
        }
    }
}
