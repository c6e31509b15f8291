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

    [Fact]
    public async Task SaveAsync_NewChineseDraftNamingItsCounterpart_GetsAReadableSlugAndKeepsTheLink()
    {
        await using var bench = await BenchWithBothLanguagesAsync();
        var draft = EditorialBench.Draft("运动可以缓解腰痛。\n") with { Title = "腰痛怎样运动", Summary = "简单的运动方法。", Language = "zh", Counterpart = "massage-for-a-slipped-disc" };

        var saved = await bench.Service.SaveAsync(null, draft, "Ana", "", submitForReview: true, CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Problems));
        var copy = (await bench.Service.LoadAsync(saved.Slug!, CancellationToken.None))!;

        Assert.Equal("massage-for-a-slipped-disc-zh", saved.Slug);
        Assert.Equal((ArticleLanguages.Chinese, "massage-for-a-slipped-disc"), (copy.Article.Language, copy.Article.Counterpart));
    }

    [Fact]
    public async Task SaveAsync_EditWithoutTheCounterpartField_KeepsTheCounterpart()
    {
        await using var bench = await BenchWithBothLanguagesAsync();
        var copy = (await bench.Service.LoadAsync("anmo-yu-yaotu", CancellationToken.None))!;

        var saved = await bench.Service.SaveAsync("anmo-yu-yaotu", ArticleDraft.From(copy.Article) with { Counterpart = "", Language = "" }, "Ana", "", false, CancellationToken.None);
        Assert.True(saved.Succeeded);

        var again = (await bench.Service.LoadAsync("anmo-yu-yaotu", CancellationToken.None))!.Article;
        Assert.Equal((ArticleLanguages.Chinese, "massage-for-a-slipped-disc"), (again.Language, again.Counterpart));
    }

    [Theory]
    [InlineData("no-such-article", "There is no article called")]
    [InlineData("anmo-yu-yaotu", "same language")]
    public async Task SaveAsync_CounterpartMissingOrInTheSameLanguage_IsRefused(string counterpart, string problem)
    {
        await using var bench = await BenchWithBothLanguagesAsync();
        var draft = EditorialBench.Draft("按摩只能缓解症状。\n") with { Title = "按摩", Summary = "按摩的作用。", Language = "zh", Counterpart = counterpart };

        var result = await bench.Service.SaveAsync(null, draft, "Ana", "", false, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }
}
