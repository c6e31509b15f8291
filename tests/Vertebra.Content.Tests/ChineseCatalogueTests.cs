using Vertebra.Content.Catalogue;
using Vertebra.Content.Import;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

/// <summary>The Chinese names and lay names of the condition catalogue (content/conditions.zh.yaml, issue 15).</summary>
public sealed class ChineseCatalogueTests
{
    private static readonly Lazy<ContentBatch> Bundled = new(() => MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None));

    private static CatalogueTranslation Read() => CatalogueTranslation.ReadFolder(RepositoryPaths.Content, "zh",
        Bundled.Value.Conditions.Select(c => c.Id).ToHashSet(StringComparer.Ordinal),
        Bundled.Value.ConditionGroups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal))!;

    [Fact]
    public void ChineseCatalogue_NamesEveryConditionAndGroupWithADescription()
    {
        var zh = Read();

        Assert.Equal(Bundled.Value.Conditions.Select(c => c.Id).Order(StringComparer.Ordinal), zh.Conditions.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Bundled.Value.ConditionGroups.Select(g => g.Id).Order(StringComparer.Ordinal), zh.Groups.Select(g => g.Id).Order(StringComparer.Ordinal));
        Assert.All(zh.Conditions, c => Assert.True(c.Description.Length > 0 && c.Synonyms.Count > 0, c.Id));
        Assert.All(zh.Conditions, c => Assert.True(ChineseReadability.OfText(c.Description).MeetsTarget, c.Id));
    }

    [Theory]
    [InlineData("lumbar-disc-herniation", "腰椎间盘突出症", "腰突")]
    [InlineData("lumbar-disc-herniation", "腰椎间盘突出症", "腰间盘突出")]
    [InlineData("lumbar-disc-herniation", "腰椎间盘突出症", "坐骨神经痛")]
    [InlineData("cervical-spondylosis", "颈椎病", "骨刺")]
    [InlineData("spinal-stenosis", "椎管狭窄症", "椎管狭窄")]
    [InlineData("scoliosis", "脊柱侧弯", "脊柱侧凸")]
    [InlineData("kyphosis", "脊柱后凸", "驼背")]
    [InlineData("split-cord-malformation", "脊髓纵裂", "脊髓纵裂畸形")]
    [InlineData("syringomyelia", "脊髓空洞症", "脊髓空洞")]
    [InlineData("tethered-cord-syndrome", "脊髓栓系综合征", "脊髓栓系")]
    public void ChineseCatalogue_HasTheNamesPatientsUse(string id, string name, string layName)
    {
        var condition = Read().Condition(id)!;

        Assert.Equal(name, condition.Name);
        Assert.Contains(layName, condition.Synonyms);
    }

    [Fact]
    public void ChineseCatalogue_NeverCallsSplitCordSchizophrenia()
    {
        Assert.DoesNotContain("精神分裂", File.ReadAllText(Path.Combine(RepositoryPaths.Content, "conditions.zh.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownConditionId_NamesTheLine()
    {
        var yaml = "language: zh\nconditions:\n  - id: no-such-condition\n    name: 没有\n";

        var error = Assert.Throws<ContentImportException>(() => CatalogueTranslation.Read(yaml, "conditions.zh.yaml", "zh", new HashSet<string> { "scoliosis" }, new HashSet<string>()));

        Assert.Equal(3, error.Line);
        Assert.Contains("no-such-condition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongLanguage_IsRefused()
    {
        Assert.Throws<ContentImportException>(() => CatalogueTranslation.Read("language: fr\n", "conditions.zh.yaml", "zh", new HashSet<string>(), new HashSet<string>()));
    }
}
