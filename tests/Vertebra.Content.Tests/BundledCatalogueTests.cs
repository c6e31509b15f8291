using Vertebra.Content.Import;
using Vertebra.Content;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

public sealed class BundledCatalogueTests
{
    private static readonly Lazy<ContentBatch> Bundled = new(() => MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None));

    [Theory]
    [InlineData("spinal-stenosis", "M48.0")]
    [InlineData("spondylolisthesis", "M43.1")]
    [InlineData("osteoporotic-vertebral-fracture", "M80.0")]
    [InlineData("axial-spondyloarthritis", "M45")]
    [InlineData("primary-malignant-spinal-tumour", "C41.2")]
    [InlineData("myelomeningocele", "Q05.9")]
    public void Catalogue_HasTheConditionsIssue13Added(string id, string icd10)
    {
        var condition = Assert.Single(Bundled.Value.Conditions, c => c.Id == id);
        Assert.Equal(icd10, condition.Icd10);
    }

    [Fact]
    public void PrimaryMalignantTumour_NamesChordomaAndSarcoma()
    {
        var condition = Bundled.Value.Conditions.Single(c => c.Id == "primary-malignant-spinal-tumour");
        Assert.Contains("chordoma", condition.Synonyms);
        Assert.Contains(condition.Synonyms, s => s.Contains("sarcoma", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("chiari-malformation", "tonsillar herniation")]
    [InlineData("meningocele", "spina bifida cystica")]
    [InlineData("spina-bifida-occulta", "dimple")]
    public void Synonyms_DoNotMislead(string id, string misleading)
    {
        var condition = Bundled.Value.Conditions.Single(c => c.Id == id);
        Assert.DoesNotContain(condition.Synonyms, s => s.Contains(misleading, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SpinaBifidaCystica_IsASynonymOfMyelomeningocele()
    {
        Assert.Contains("spina bifida cystica", Bundled.Value.Conditions.Single(c => c.Id == "myelomeningocele").Synonyms);
    }

    [Fact]
    public void EveryCondition_HasSymptomsTreatmentsWarningSignsSourcesAndReviewDates()
    {
        foreach (var c in Bundled.Value.Conditions)
        {
            Assert.True(c.Details.Symptoms.Count >= 2, $"{c.Id}: symptoms");
            Assert.True(c.Details.Treatments.Count >= 2, $"{c.Id}: treatments");
            Assert.True(c.Details.WhenToGetHelp.Count >= 2, $"{c.Id}: when to get help");
            Assert.True(c.Details.Sources.Count >= 1, $"{c.Id}: sources");
            Assert.NotNull(c.Details.LastReviewed);
            Assert.True(c.Details.NextReviewDue > c.Details.LastReviewed, $"{c.Id}: next review due");
        }
    }

    [Fact]
    public void EveryCondition_WarningSignsStartWithTheEmergency()
    {
        // Most urgent first: a reader who stops after one line has read the emergency signs.
        foreach (var c in Bundled.Value.Conditions)
        {
            var first = c.Details.WhenToGetHelp[0];
            Assert.True(first.Contains("emergency", StringComparison.OrdinalIgnoreCase) || first.Contains("999", StringComparison.Ordinal), $"{c.Id}: {first}");
        }
    }

    [Fact]
    public void ConditionPageText_IsAtReadingGradeEightOrBelow()
    {
        foreach (var c in Bundled.Value.Conditions)
        {
            var text = string.Join(" ", new[] { c.Description }.Concat(c.Details.Symptoms.Select(s => s + ".")).Concat(c.Details.Treatments.Select(s => s + ".")).Concat(c.Details.WhenToGetHelp));
            var grade = Readability.OfText(text).Grade;
            Assert.True(grade <= 8.0, $"{c.Id} reads at grade {grade:0.0}");
        }
    }

    [Fact]
    public void EveryClinic_HasAddressPhoneHoursReferralAndAfterOperationContact_MarkedAsExampleData()
    {
        foreach (var clinic in Bundled.Value.Clinics)
        {
            var contact = clinic.Contact;
            Assert.False(string.IsNullOrWhiteSpace(contact.Address), clinic.Id);
            Assert.False(string.IsNullOrWhiteSpace(contact.Hours), clinic.Id);
            Assert.False(string.IsNullOrWhiteSpace(contact.Referral), clinic.Id);
            Assert.False(string.IsNullOrWhiteSpace(contact.AfterOperation), clinic.Id);
            Assert.Matches(@"^tel:0114496\d{4}$", contact.TelUri);
            Assert.True(contact.IsExample, $"{clinic.Id}: bundled contact details must be marked as example data");
        }
    }
}
