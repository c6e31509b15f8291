using Vertebra.Content.Sources;
using Vertebra.Content.Import;
using Vertebra.Content.Markdown;
using Vertebra.Content.Tests.Support;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

public sealed class BundledContentTests
{
    private static readonly Lazy<ContentBatch> Bundled = new(() => MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None));

    /// <summary>The conditions seed 001 says the department treats, with words that should appear in the catalogue entry.</summary>
    public static TheoryData<string, string> SeedConditions() => new()
    {
        { "cervical-spondylosis", "spondylosis" },
        { "lumbar-disc-herniation", "lumbar disc herniation" },
        { "cervical-disc-herniation", "cervical disc herniation" },
        { "schwannoma", "schwannoma" },
        { "meningioma", "meningioma" },
        { "spinal-haemangioma", "haemangioma" },
        { "dermoid-and-epidermoid-cyst", "epidermoid" },
        { "spinal-lipoma", "lipoma" },
        { "spinal-teratoma", "teratoma" },
        { "spinal-glioma", "glioma" },
        { "metastatic-spinal-tumour", "metastatic" },
        { "scoliosis", "scoliosis" },
        { "kyphosis", "kyphosis" },
        { "chiari-malformation", "chiari" },
        { "spina-bifida-occulta", "spina bifida occulta" },
        { "tethered-cord-syndrome", "tethered cord" },
        { "meningocele", "meningocele" },
        { "syringomyelia", "syringomyelia" },
        { "split-cord-malformation", "split cord" },
        { "cervical-fracture-with-cord-injury", "neck fracture" },
        { "thoracic-fracture-with-cord-injury", "back fracture" },
        { "lumbar-fracture-with-cord-injury", "lower back fracture" },
    };

    [Fact]
    public void Read_BundledContentFolder_Succeeds()
    {
        var batch = Bundled.Value;
        Assert.NotEmpty(batch.Articles);
        Assert.NotEmpty(batch.Topics);
        Assert.NotEmpty(batch.Clinics);
        Assert.NotEmpty(batch.ConditionGroups);
        Assert.NotEmpty(batch.Conditions);
        Assert.Empty(batch.Skipped);
    }

    [Fact]
    public void BundledContent_HasAtLeastSixteenArticles()
    {
        Assert.True(Bundled.Value.Articles.Count >= 16, $"only {Bundled.Value.Articles.Count} articles");
    }

    [Fact]
    public void BundledArticles_EachCiteAtLeastOneHttpsReference()
    {
        foreach (var article in Bundled.Value.Articles)
        {
            Assert.True(article.References.Count >= 1, $"{article.Slug} has no references");
            foreach (var reference in article.References)
            {
                Assert.True(Uri.TryCreate(reference.Url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps,
                    $"{article.Slug}: reference '{reference.Name}' is not https: {reference.Url}");
            }
        }
    }

    [Fact]
    public void BundledArticles_AreNotMarkedAsClinicallyReviewed()
    {
        // No clinician has signed these off yet; that state comes from the files, so nothing may claim a review.
        foreach (var article in Bundled.Value.Articles)
        {
            Assert.True(article.MedicalReviewer is null, $"{article.Slug} names a medical reviewer '{article.MedicalReviewer}'");
            Assert.False(article.IsClinicallyReviewed, article.Slug);
        }
    }

    [Fact]
    public void BundledArticles_CiteAtLeastTwoRegistrySourcesByIdAndNoRawLinks()
    {
        var registry = SourceRegistryFile.ReadFolder(RepositoryPaths.Content);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Content, "articles"), "*.md"))
        {
            var text = File.ReadAllText(path);
            Assert.True(ArticleMarkdownReader.FindKeyLineInFile(text, "references") is null,
                $"{Path.GetFileName(path)} lists raw references; cite registry ids under 'sources:' instead");
            var article = ArticleMarkdownReader.Parse(text, path, registry);
            Assert.True(article.References.Count >= 2, $"{article.Slug} cites {article.References.Count} source(s); at least two are needed");
            Assert.All(article.References, r => Assert.Contains(registry.All, s => s.Url == r.Url));
        }
    }

    [Fact]
    public void BundledArticles_AreFilesWhoseNameIsTheirSlug()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Content, "articles"), "*.md"))
        {
            var article = ArticleMarkdownReader.Parse(File.ReadAllText(path), path, SourceRegistryFile.ReadFolder(RepositoryPaths.Content));
            Assert.Equal(Path.GetFileNameWithoutExtension(path), article.Slug);
        }
    }

    [Fact]
    public void ConditionGroups_EachHaveConditions()
    {
        var batch = Bundled.Value;
        foreach (var group in batch.ConditionGroups)
        {
            Assert.True(batch.Conditions.Any(c => c.Group == group.Id), $"the group '{group.Id}' has no conditions");
        }
    }

    [Fact]
    public void Conditions_EachBelongToAClinicThatExists()
    {
        var clinics = Bundled.Value.Clinics.Select(c => c.Id).ToHashSet();
        Assert.All(Bundled.Value.Conditions, c => Assert.Contains(c.Clinic, clinics));
    }

    [Theory]
    [MemberData(nameof(SeedConditions))]
    public void Conditions_FromTheDepartmentList_ExistWithAnIcd10Code(string id, string words)
    {
        var condition = Assert.Single(Bundled.Value.Conditions, c => c.Id == id);
        Assert.Matches(@"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$", condition.Icd10);
        var text = string.Join(' ', [condition.Name, .. condition.Synonyms, condition.Description]);
        Assert.Contains(words, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ContentFolder_NeverMentionsSchizophrenia()
    {
        // Seed 001 lists "schizophrenia" among spine conditions: a translation slip for syringomyelia-type conditions.
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            Assert.False(File.ReadAllText(path).Contains("schizophren", StringComparison.OrdinalIgnoreCase), $"{path} mentions schizophrenia");
        }
    }

    [Fact]
    public void BundledArticles_NeverSayADiscCanBePushedBackIntoPlace()
    {
        var problems = new List<string>();
        foreach (var article in Bundled.Value.Articles)
        {
            foreach (var text in new[] { article.Title, article.Summary, article.Body })
            {
                problems.AddRange(DiscRepositionCheck.AffirmativeSentences(text).Select(s => $"{article.Slug}: {s}"));
            }
        }

        Assert.True(problems.Count == 0, "affirmative disc-reposition claims:\n" + string.Join('\n', problems));
    }

    [Theory]
    [InlineData("A chiropractor can push your disc back into place.")]
    [InlineData("Our therapist pushed the disc back in one session.")]
    [InlineData("Massage pops your slipped disc back where it belongs!")]
    [InlineData("Gentle traction presses the herniated disc back.")]
    [InlineData("We will put your disc back.")]
    [InlineData("The disc can be pushed back with the right technique.")]
    [InlineData("Not sure? Bone setting puts the disc back in minutes.")]
    public void DiscRepositionCheck_AffirmativeClaims_AreFlagged(string text)
    {
        Assert.Single(DiscRepositionCheck.AffirmativeSentences(text));
    }

    [Theory]
    [InlineData("No massage can push your disc back into place.")]
    [InlineData("Massage cannot put the disc back.")]
    [InlineData("A therapist can't pop your disc back.")]
    [InlineData("A therapist can’t pop your disc back.")]
    [InlineData("It is impossible to press the disc back.")]
    [InlineData("Traction will never push the disc back.")]
    [InlineData("Why a herniated disc cannot be pushed back into place")]
    [InlineData("Bone setting won't put your disc back.")]
    [InlineData("Your back will feel better. The disc itself heals slowly.")]
    public void DiscRepositionCheck_DenyingSentences_AreNotFlagged(string text)
    {
        Assert.Empty(DiscRepositionCheck.AffirmativeSentences(text));
    }
}
