using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Editorial.Tests;

/// <summary>
/// Review and sign-off are per language (issue 15): an article and its counterpart in the other language are two
/// articles with their own review state, reviewer and date, so signing off one never signs off the other.
/// </summary>
public sealed class PerLanguageReviewTests
{
    private static async Task<EditorialBench> BenchWithBothLanguagesAsync()
    {
        var bench = await EditorialBench.StartAsync();
        var batch = new ContentBatch();
        batch.Articles.Add(Article("massage-for-a-slipped-disc", "Massage for a slipped disc", "Massage may ease pain. It cannot put a disc back.\n", ArticleLanguages.English, null));
        batch.Articles.Add(Article("anmo-yu-yaotu", "按摩能治腰突吗", "按摩可以缓解症状，但不能把椎间盘推回去。\n", ArticleLanguages.Chinese, "massage-for-a-slipped-disc"));
        await bench.Content.ApplyAsync(batch);
        return bench;
    }

    private static Article Article(string slug, string title, string body, string language, string? counterpart) => new()
    {
        Slug = slug,
        Title = title,
        Summary = title,
        Body = body,
        Topics = ["back-pain"],
        Language = language,
        Counterpart = counterpart,
        References = [new Reference("NHS: Back pain", "https://www.nhs.uk/conditions/back-pain/")],
    };

    private static async Task ReviseSignOffAndPublishAsync(EditorialBench bench, string slug, string reviewer)
    {
        var copy = (await bench.Service.LoadAsync(slug, CancellationToken.None))!;
        Assert.True((await bench.Service.SaveAsync(slug, ArticleDraft.From(copy.Article), "Ana", "checked", submitForReview: true, CancellationToken.None)).Succeeded);
        Assert.True((await bench.SignOffLatestAsync(slug, reviewer)).Succeeded);
        var published = await bench.Service.PublishAsync(slug, reviewer, CancellationToken.None);
        Assert.True(published.Succeeded, string.Join("; ", published.Problems));
    }

    [Fact]
    public async Task SigningOffTheEnglishArticle_LeavesItsChineseCounterpartUnreviewed()
    {
        await using var bench = await BenchWithBothLanguagesAsync();

        await ReviseSignOffAndPublishAsync(bench, "massage-for-a-slipped-disc", "Dr Li");

        var english = (await bench.Content.GetArticleAsync("massage-for-a-slipped-disc"))!;
        var chinese = (await bench.Content.GetArticleAsync("anmo-yu-yaotu"))!;
        Assert.Equal("Dr Li", english.MedicalReviewer);
        Assert.True(english.IsClinicallyReviewed);
        Assert.False(chinese.IsClinicallyReviewed);
        Assert.Null(chinese.LastReviewed);
        Assert.Null((await bench.Store.GetStateAsync("anmo-yu-yaotu"))?.SignedOffBy);
    }

    [Fact]
    public async Task TheChineseArticle_IsSignedOffOnItsOwnAndKeepsItsLanguageAndCounterpart()
    {
        await using var bench = await BenchWithBothLanguagesAsync();
        await ReviseSignOffAndPublishAsync(bench, "massage-for-a-slipped-disc", "Dr Li");
        bench.Time.Advance(TimeSpan.FromDays(3));

        await ReviseSignOffAndPublishAsync(bench, "anmo-yu-yaotu", "王医生");

        var english = (await bench.Content.GetArticleAsync("massage-for-a-slipped-disc"))!;
        var chinese = (await bench.Content.GetArticleAsync("anmo-yu-yaotu"))!;
        Assert.Equal("王医生", chinese.MedicalReviewer);
        Assert.Equal("Dr Li", english.MedicalReviewer);
        Assert.Equal(english.LastReviewed!.Value.AddDays(3), chinese.LastReviewed);
        Assert.Equal((ArticleLanguages.Chinese, "massage-for-a-slipped-disc"), (chinese.Language, chinese.Counterpart));
        Assert.Equal(ArticleLanguages.English, english.Language);
    }
}
