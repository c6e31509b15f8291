using Vertebra.Content.Model;

namespace Vertebra.Storage.Tests;

internal static class StoreAssert
{
    /// <summary>Every field of an article, lists compared as sequences.</summary>
    public static void SameArticle(Article expected, Article? actual)
    {
        Assert.NotNull(actual);
        var where = expected.Slug;
        Assert.Equal(expected.Slug, actual.Slug);
        Assert.True(expected.Title == actual.Title, $"{where}: title");
        Assert.True(expected.Summary == actual.Summary, $"{where}: summary");
        Assert.True(expected.Body == actual.Body, $"{where}: body");
        Assert.True(expected.Topics.SequenceEqual(actual.Topics), $"{where}: topics [{string.Join(", ", actual.Topics)}] != [{string.Join(", ", expected.Topics)}]");
        Assert.True(expected.Conditions.SequenceEqual(actual.Conditions), $"{where}: conditions [{string.Join(", ", actual.Conditions)}] != [{string.Join(", ", expected.Conditions)}]");
        Assert.True(expected.Author == actual.Author, $"{where}: author");
        Assert.True(expected.MedicalReviewer == actual.MedicalReviewer, $"{where}: medical reviewer");
        Assert.True(expected.Status == actual.Status, $"{where}: status {actual.Status}");
        Assert.True(expected.Published == actual.Published, $"{where}: published");
        Assert.True(expected.LastReviewed == actual.LastReviewed, $"{where}: last reviewed");
        Assert.True(expected.NextReviewDue == actual.NextReviewDue, $"{where}: next review due");
        Assert.True(expected.References.SequenceEqual(actual.References), $"{where}: references");
        Assert.True(expected.Language == actual.Language, $"{where}: language");
        Assert.True(expected.Featured == actual.Featured, $"{where}: featured");
        Assert.True(expected.PreviousSlug == actual.PreviousSlug, $"{where}: previous '{actual.PreviousSlug}'");
        Assert.True(expected.NextSlug == actual.NextSlug, $"{where}: next '{actual.NextSlug}'");
        Assert.True(Equals(expected.Attribution, actual.Attribution), $"{where}: attribution");
    }

    public static void SameArticles(IReadOnlyList<Article> expected, IReadOnlyList<Article> actual)
    {
        Assert.Equal(expected.Select(a => a.Slug), actual.Select(a => a.Slug));
        for (var i = 0; i < expected.Count; i++)
        {
            SameArticle(expected[i], actual[i]);
        }
    }
}
