using Vertebra.Content.Import;
using Vertebra.Tests.Shared;
using Xunit.Abstractions;

namespace Vertebra.Content.Tests;

public sealed class ReadabilityTests(ITestOutputHelper output)
{
    [Fact]
    public void OfText_ShortPlainSentences_ScoreLowerThanLongTechnicalOnes()
    {
        var plain = Readability.OfText("Your back hurts. Keep moving. Walk a bit each day.");
        var hard = Readability.OfText("Percutaneous transforaminal endoscopic discectomy necessitates meticulous intraoperative visualisation of neurological structures throughout the procedure.");
        Assert.True(plain.Grade < 4, plain.ToString());
        Assert.True(hard.Grade > 12, hard.ToString());
    }

    [Fact]
    public void OfText_EmptyText_ScoresZeroWithoutDividingByZero()
    {
        Assert.Equal(0, Readability.OfText("  ").Grade);
    }

    [Theory]
    [InlineData("back", 1)]
    [InlineData("massage", 2)]
    [InlineData("spine", 1)]
    [InlineData("physiotherapy", 5)]
    public void CountSyllables_CommonWords_AreCloseToSpoken(string word, int expected)
    {
        Assert.InRange(Readability.CountSyllables(word), expected - 1, expected + 1);
    }

    [Fact]
    public void BundledArticles_AllReadAtGradeEightOrBelow()
    {
        var batch = MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None);
        var tooHard = new List<string>();
        foreach (var article in batch.Articles.Where(a => a.Language == Model.ArticleLanguages.English))
        {
            var score = Readability.OfMarkdown(article.Body);
            output.WriteLine($"{article.Slug}: grade {score.Grade} ({score.Words} words, {score.Sentences} sentences)");
            if (score.Grade > Readability.TargetGrade)
            {
                tooHard.Add($"{article.Slug} ({score.Grade})");
            }
        }

        Assert.True(tooHard.Count == 0, "articles above grade 8: " + string.Join(", ", tooHard));
    }
}
