using Vertebra.Content.Model;
using static Vertebra.Storage.Tests.ContentBuilders;

namespace Vertebra.Storage.Tests;

// Articles in two languages (issue 15): language and counterpart are kept, and public lists keep to one language.
public abstract partial class ContentStoreContractTests
{
    private async Task<IContentStore> TwoLanguageStoreAsync()
    {
        var store = await NewStoreAsync();
        var batch = Batch(
            Article("massage-for-a-slipped-disc", "Massage for a slipped disc", topics: ["treatments"], conditions: ["lumbar-disc-herniation"], featured: true,
                published: new DateOnly(2026, 1, 1)),
            Article("exercise-for-back-pain", "Exercise for back pain", topics: ["treatments"], conditions: ["lumbar-disc-herniation"], published: new DateOnly(2026, 1, 2)),
            Article("anmo-yu-yaotu", "按摩能治腰突吗", topics: ["treatments"], conditions: ["lumbar-disc-herniation"], featured: true,
                published: new DateOnly(2026, 2, 1), language: ArticleLanguages.Chinese, counterpart: "massage-for-a-slipped-disc"),
            Article("yundong-yu-yaotong", "运动与腰痛", topics: ["treatments"], conditions: ["lumbar-disc-herniation"], published: new DateOnly(2026, 2, 2),
                language: ArticleLanguages.Chinese))
            .WithCatalogue("lumbar-disc-herniation");
        batch.Topics.Add(new Topic { Slug = "treatments", Title = "Treatments", Description = "Ways to treat." });
        await store.ApplyAsync(batch);
        return store;
    }

    [ProviderFact]
    public async Task ApplyAsync_ArticleWithLanguageAndCounterpart_RoundTripsBoth()
    {
        var store = await TwoLanguageStoreAsync();

        var chinese = await store.GetArticleAsync("anmo-yu-yaotu");
        var english = await store.GetArticleAsync("massage-for-a-slipped-disc");

        Assert.Equal(ArticleLanguages.Chinese, chinese!.Language);
        Assert.Equal("massage-for-a-slipped-disc", chinese.Counterpart);
        Assert.Equal("按摩能治腰突吗", chinese.Title);
        Assert.Equal(ArticleLanguages.English, english!.Language);
        Assert.Null(english.Counterpart);
    }

    [ProviderFact]
    public async Task ApplyAsync_SameTwoLanguageBatchAgain_LeavesEverythingUnchanged()
    {
        var store = await TwoLanguageStoreAsync();
        var again = (await store.ListAllArticlesAsync()).ToList();
        var batch = Batch([.. again]).WithCatalogue("lumbar-disc-herniation");
        batch.Topics.Add(new Topic { Slug = "treatments", Title = "Treatments", Description = "Ways to treat." });

        var summary = await store.ApplyAsync(batch);

        Assert.Equal(0, summary.Added);
        Assert.Equal(0, summary.Updated);
    }

    [ProviderFact]
    public async Task PublicLists_WithALanguage_HoldOnlyThatLanguage()
    {
        var store = await TwoLanguageStoreAsync();

        Assert.Equal(["按摩能治腰突吗", "运动与腰痛"], (await store.ListArticlesAsync(ArticleLanguages.Chinese, 0, 10)).Select(a => a.Title).Order(StringComparer.Ordinal));
        Assert.All(await store.ListArticlesAsync(ArticleLanguages.Chinese, 0, 10), a => Assert.Equal("/zh/articles/" + a.Slug, a.Path));
        Assert.Equal(2, await store.CountPublishedArticlesAsync(ArticleLanguages.Chinese));
        Assert.Equal(["anmo-yu-yaotu"], (await store.ListFeaturedArticlesAsync(ArticleLanguages.Chinese, 10)).Select(a => a.Slug));
        Assert.Equal(["yundong-yu-yaotong", "anmo-yu-yaotu"], (await store.ListNewestArticlesAsync(ArticleLanguages.Chinese, 10)).Select(a => a.Slug));
        Assert.Equal(2, (await store.ListTopicArticlesAsync(ArticleLanguages.Chinese, "treatments")).Count);
        Assert.All(await store.ListConditionArticlesAsync(ArticleLanguages.Chinese, "lumbar-disc-herniation"), a => Assert.Equal(ArticleLanguages.Chinese, a.Language));
        Assert.Equal(["anmo-yu-yaotu"], (await store.SearchArticlesAsync(ArticleLanguages.Chinese, "腰突", 10)).Select(a => a.Slug));
    }

    [ProviderFact]
    public async Task PublicLists_WithoutALanguage_HoldOnlyEnglishArticles()
    {
        var store = await TwoLanguageStoreAsync();

        Assert.All(await store.ListArticlesAsync(0, 10), a => Assert.Equal(ArticleLanguages.English, a.Language));
        Assert.Equal(2, await store.CountPublishedArticlesAsync());
        Assert.Equal(["massage-for-a-slipped-disc"], (await store.ListFeaturedArticlesAsync(10)).Select(a => a.Slug));
        Assert.Equal(["exercise-for-back-pain", "massage-for-a-slipped-disc"], (await store.ListNewestArticlesAsync(10)).Select(a => a.Slug));
        Assert.Equal(2, (await store.ListTopicArticlesAsync("treatments")).Count);
        Assert.Equal(2, (await store.ListConditionArticlesAsync("lumbar-disc-herniation")).Count);
    }

    [ProviderFact]
    public async Task ListRelatedArticles_KeepToTheArticlesOwnLanguage()
    {
        var store = await TwoLanguageStoreAsync();

        Assert.Equal(["yundong-yu-yaotong"], (await store.ListRelatedArticlesAsync("anmo-yu-yaotu", 10)).Select(a => a.Slug));
        Assert.Equal(["exercise-for-back-pain"], (await store.ListRelatedArticlesAsync("massage-for-a-slipped-disc", 10)).Select(a => a.Slug));
    }

    [ProviderFact]
    public async Task ListCounterparts_AnswersTheLinkInBothDirections()
    {
        var store = await TwoLanguageStoreAsync();

        var fromEnglish = Assert.Single(await store.ListCounterpartsAsync("massage-for-a-slipped-disc"));
        var fromChinese = Assert.Single(await store.ListCounterpartsAsync("anmo-yu-yaotu"));

        Assert.Equal(("anmo-yu-yaotu", ArticleLanguages.Chinese, "/zh/articles/anmo-yu-yaotu"), (fromEnglish.Slug, fromEnglish.Language, fromEnglish.Path));
        Assert.Equal(("massage-for-a-slipped-disc", ArticleLanguages.English, "/articles/massage-for-a-slipped-disc"), (fromChinese.Slug, fromChinese.Language, fromChinese.Path));
        Assert.Empty(await store.ListCounterpartsAsync("yundong-yu-yaotong"));
    }

    [ProviderFact]
    public async Task GetKnownIds_ListsEachArticlesLanguage()
    {
        var store = await TwoLanguageStoreAsync();

        var known = await store.GetKnownIdsAsync();

        Assert.Equal(ArticleLanguages.Chinese, known.ArticleLanguages["anmo-yu-yaotu"]);
        Assert.Equal(ArticleLanguages.English, known.ArticleLanguages["massage-for-a-slipped-disc"]);
    }
}
