using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Tests.Shared;

/// <summary>
/// Field-by-field comparison of content records (lists compared as sequences), naming what differs. Shared by the
/// test projects that read or store content (linked in by their project files).
/// </summary>
internal static class ArticleAssert
{
    public static void Equal(Article expected, Article? actual)
    {
        Assert.NotNull(actual);
        var where = expected.Slug;
        Assert.True(expected.Slug == actual.Slug, $"{where}: slug '{actual.Slug}'");
        Assert.True(expected.Title == actual.Title, $"{where}: title '{actual.Title}' != '{expected.Title}'");
        Assert.True(expected.Summary == actual.Summary, $"{where}: summary '{actual.Summary}' != '{expected.Summary}'");
        Assert.True(expected.Body == actual.Body, $"{where}: body differs");
        Assert.True(expected.Topics.SequenceEqual(actual.Topics), $"{where}: topics [{string.Join(", ", actual.Topics)}] != [{string.Join(", ", expected.Topics)}]");
        Assert.True(expected.Conditions.SequenceEqual(actual.Conditions), $"{where}: conditions [{string.Join(", ", actual.Conditions)}] != [{string.Join(", ", expected.Conditions)}]");
        Assert.True(expected.Author == actual.Author, $"{where}: author '{actual.Author}'");
        Assert.True(expected.MedicalReviewer == actual.MedicalReviewer, $"{where}: medical reviewer '{actual.MedicalReviewer}'");
        Assert.True(expected.Status == actual.Status, $"{where}: status {actual.Status}");
        Assert.True(expected.Published == actual.Published, $"{where}: published {actual.Published}");
        Assert.True(expected.LastReviewed == actual.LastReviewed, $"{where}: last reviewed {actual.LastReviewed}");
        Assert.True(expected.NextReviewDue == actual.NextReviewDue, $"{where}: next review due {actual.NextReviewDue}");
        Assert.True(expected.References.SequenceEqual(actual.References), $"{where}: references differ");
        Assert.True(expected.Language == actual.Language, $"{where}: language '{actual.Language}'");
        Assert.True(expected.Featured == actual.Featured, $"{where}: featured {actual.Featured}");
        Assert.True(expected.PreviousSlug == actual.PreviousSlug, $"{where}: previous '{actual.PreviousSlug}'");
        Assert.True(expected.NextSlug == actual.NextSlug, $"{where}: next '{actual.NextSlug}'");
        Assert.True(Equals(expected.Attribution, actual.Attribution), $"{where}: attribution {actual.Attribution} != {expected.Attribution}");
    }

    public static void Equal(IReadOnlyList<Article> expected, IReadOnlyList<Article> actual)
    {
        Assert.Equal(expected.Select(a => a.Slug), actual.Select(a => a.Slug));
        for (var i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i]);
        }
    }

    public static void Equal(Topic expected, Topic actual)
    {
        Assert.Equal(expected.Slug, actual.Slug);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.ArticleOrder, actual.ArticleOrder);
    }

    public static void Equal(Condition expected, Condition actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Synonyms, actual.Synonyms);
        Assert.Equal(expected.Icd10, actual.Icd10);
        Assert.Equal(expected.Group, actual.Group);
        Assert.Equal(expected.Clinic, actual.Clinic);
        Assert.Equal(expected.Description, actual.Description);
    }

    /// <summary>Two batches hold the same content, item by item and in the same order.</summary>
    public static void SameBatch(ContentBatch expected, ContentBatch actual)
    {
        Equal(expected.Articles, actual.Articles);
        Assert.Equal(expected.Topics.Count, actual.Topics.Count);
        for (var i = 0; i < expected.Topics.Count; i++)
        {
            Equal(expected.Topics[i], actual.Topics[i]);
        }

        Assert.Equal(expected.ConditionGroups, actual.ConditionGroups);
        Assert.Equal(expected.Conditions.Count, actual.Conditions.Count);
        for (var i = 0; i < expected.Conditions.Count; i++)
        {
            Equal(expected.Conditions[i], actual.Conditions[i]);
        }

        Assert.Equal(expected.Clinics, actual.Clinics);
        Assert.Equal(expected.QaPairs, actual.QaPairs);
        Assert.Equal(expected.PageLinks, actual.PageLinks);
    }
}
