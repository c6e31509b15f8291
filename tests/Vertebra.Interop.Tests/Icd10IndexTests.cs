namespace Vertebra.Interop.Tests;

public sealed class Icd10IndexTests
{
    [Theory]
    [InlineData("M51.16", "lumbar-disc-herniation")]
    [InlineData("M51.17", "lumbar-disc-herniation")]
    [InlineData("m5116", "lumbar-disc-herniation")]
    [InlineData("M51.1", "lumbar-disc-herniation")]
    [InlineData("M51.26", "lumbar-disc-herniation")]
    [InlineData("M54.16", "lumbar-disc-herniation")]
    [InlineData("M54.12", "cervical-disc-herniation")]
    [InlineData("M50.121", "cervical-disc-herniation")]
    [InlineData("M47.812", "cervical-spondylosis")]
    [InlineData("M47.22", "cervical-spondylosis")]
    [InlineData("G93.5", "chiari-malformation")]
    [InlineData("Q07.01", "chiari-malformation")]
    [InlineData("C79.51", "metastatic-spinal-tumour")]
    [InlineData("S14.109A", "cervical-fracture-with-cord-injury")]
    [InlineData("M41.126", "scoliosis")]
    [InlineData("D18.09", "spinal-haemangioma")]
    public void ConditionsForIcd10_SpecificCode_FindsTheCataloguesCategory(string code, string conditionId)
    {
        var found = TestData.Catalogue.ConditionsForIcd10(code);
        Assert.Equal(conditionId, Assert.Single(found).Id);
    }

    [Theory]
    [InlineData("M47.816")] // lumbar spondylosis: the department lists cervical spondylosis only
    [InlineData("I10")]
    [InlineData("")]
    [InlineData("not a code")]
    [InlineData("M5")]
    public void ConditionsForIcd10_CodeOutsideTheCatalogue_FindsNothing(string code) =>
        Assert.Empty(TestData.Catalogue.ConditionsForIcd10(code));

    [Fact]
    public void ConditionsForIcd10_BroaderCategory_FindsTheConditionsUnderIt()
    {
        var ids = TestData.Catalogue.ConditionsForIcd10("M51").Select(c => c.Id).ToArray();
        Assert.Contains("lumbar-disc-herniation", ids);
    }
}
