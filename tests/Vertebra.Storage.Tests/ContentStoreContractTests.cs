using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Tests.Shared;
using static Vertebra.Storage.Tests.ContentBuilders;

namespace Vertebra.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IContentStore"/> must have, whatever database is behind it.
/// Each provider subclasses this and supplies a fresh, empty store.
/// </summary>
public abstract partial class ContentStoreContractTests
{
    /// <summary>A new, empty store on which <see cref="IContentStore.MigrateAsync"/> has not been called yet.</summary>
    protected abstract Task<IContentStore> CreateStoreAsync();

    private static ContentBatch ReadBundled() => MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None);

    private async Task<IContentStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.MigrateAsync();
        return store;
    }

    private async Task<(IContentStore Store, ContentBatch Batch)> BundledStoreAsync()
    {
        var store = await NewStoreAsync();
        var batch = ReadBundled();
        await store.ApplyAsync(batch);
        return (store, batch);
    }

    [ProviderFact]
    public async Task MeaningVectors_StoredByKey_AreReadBackAndNeverOverwritten()
    {
        var store = (IMeaningVectorStore)await NewStoreAsync();
        var a = Enumerable.Range(0, 1536).Select(i => (byte)(i % 251)).ToArray();

        await store.PutMeaningVectorsAsync(new Dictionary<string, byte[]> { ["key-a"] = a, ["key-b"] = [1, 2, 3, 4] });
        await store.PutMeaningVectorsAsync(new Dictionary<string, byte[]> { ["key-a"] = [9, 9, 9, 9] }); // same key: kept as first stored

        var found = await store.GetMeaningVectorsAsync(["key-a", "key-b", "key-missing"]);
        Assert.Equal(a, found["key-a"]);
        Assert.Equal([1, 2, 3, 4], found["key-b"]);
        Assert.False(found.ContainsKey("key-missing"));
        Assert.Equal((2L, 1540L), await store.CountMeaningVectorsAsync());
    }

    [ProviderFact]
    public async Task MigrateAsync_CalledTwice_IsHarmless()
    {
        var store = await CreateStoreAsync();
        await store.MigrateAsync();
        await store.MigrateAsync();
        Assert.True((await store.CountAsync()).IsEmpty);

        var batch = ReadBundled();
        await store.ApplyAsync(batch);
        var before = await StoreSnapshot.TakeAsync(store);
        await store.MigrateAsync();

        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [ProviderFact]
    public async Task ApplyAsync_BundledContent_AddsEverythingAndTheCountsMatch()
    {
        var store = await NewStoreAsync();
        var batch = ReadBundled();

        var summary = await store.ApplyAsync(batch);

        Assert.Equal(batch.ItemCount, summary.Added);
        Assert.Equal(0, summary.Updated);
        Assert.Equal(0, summary.Unchanged);
        Assert.Equal(new StoreCounts(batch.Articles.Count, batch.Topics.Count, batch.Conditions.Count, batch.Clinics.Count, 0), await store.CountAsync());
        Assert.Equal(batch.Articles.Count(a => a.Language == ArticleLanguages.English && a.Status is ArticleStatus.Published or ArticleStatus.DueForReview), await store.CountPublishedArticlesAsync());
        Assert.Equal(batch.Articles.Count(a => a.Language == ArticleLanguages.Chinese && a.Status is ArticleStatus.Published or ArticleStatus.DueForReview),
            await store.CountPublishedArticlesAsync(ArticleLanguages.Chinese));
    }

    [ProviderFact]
    public async Task ApplyAsync_BundledContent_ReadsBackEveryArticleFieldForField()
    {
        var (store, batch) = await BundledStoreAsync();

        foreach (var article in batch.Articles)
        {
            StoreAssert.SameArticle(article, await store.GetArticleAsync(article.Slug));
        }

        StoreAssert.SameArticles(batch.Articles.OrderBy(a => a.Slug, StringComparer.Ordinal).ToList(), await store.ListAllArticlesAsync());
    }

    [ProviderFact]
    public async Task ApplyAsync_BundledCatalogue_ReadsBackInFileOrder()
    {
        var (store, batch) = await BundledStoreAsync();

        Assert.Equal(batch.Clinics, await store.ListClinicsAsync());
        Assert.Equal(batch.ConditionGroups, await store.ListConditionGroupsAsync());
        var conditions = await store.ListConditionsAsync();
        Assert.Equal(batch.Conditions.Select(c => c.Id), conditions.Select(c => c.Id));
        for (var i = 0; i < conditions.Count; i++)
        {
            Assert.Equal(batch.Conditions[i].Synonyms, conditions[i].Synonyms);
            var (expected, actual) = (batch.Conditions[i].Details, conditions[i].Details);
            Assert.Equal(expected.Symptoms, actual.Symptoms);
            Assert.Equal(expected.Treatments, actual.Treatments);
            Assert.Equal(expected.WhenToGetHelp, actual.WhenToGetHelp);
            Assert.Equal(expected.Sources, actual.Sources);
            Assert.Equal((expected.LastReviewed, expected.NextReviewDue), (actual.LastReviewed, actual.NextReviewDue));
            Assert.Equal(batch.Conditions[i] with { Synonyms = [], Details = ConditionDetails.None }, conditions[i] with { Synonyms = [], Details = ConditionDetails.None });
        }

        var first = batch.Conditions[0];
        var one = await store.GetConditionAsync(first.Id);
        Assert.NotNull(one);
        Assert.Equal(first.Synonyms, one.Synonyms);
        Assert.Null(await store.GetConditionAsync("no-such-condition"));
    }

    [ProviderFact]
    public async Task ApplyAsync_BundledClinics_KeepTheirContactDetails()
    {
        var (store, _) = await BundledStoreAsync();

        var clinic = (await store.ListClinicsAsync()).First();
        Assert.Equal("tel:01144960101", clinic.Contact.TelUri);
        Assert.True(clinic.Contact.IsExample);
    }

    [ProviderFact]
    public async Task HasSeedAsync_IsTrueOnlyAfterABatchCarryingThatSeedName()
    {
        var store = await NewStoreAsync();
        Assert.False(await store.HasSeedAsync("bundled"));

        var batch = ReadBundled();
        await store.ApplyAsync(batch);
        Assert.False(await store.HasSeedAsync("bundled"));

        batch.SeedName = "bundled";
        var again = await store.ApplyAsync(batch);
        Assert.True(await store.HasSeedAsync("bundled"));
        Assert.Equal(0, again.Added + again.Updated);
        await store.ApplyAsync(batch);
        Assert.True(await store.HasSeedAsync("bundled"));
    }

    [ProviderFact]
    public async Task ListRelatedArticlesAsync_RanksSharedConditionsAboveSharedTopicsAndLeavesOutUnrelated()
    {
        var (store, batch) = await BundledStoreAsync();
        var me = batch.Articles.Single(a => a.Slug == "massage-for-lumbar-disc-herniation");

        var related = await store.ListRelatedArticlesAsync(me.Slug, 50);

        var bySlug = batch.Articles.ToDictionary(a => a.Slug);
        int Score(string slug) => 2 * bySlug[slug].Conditions.Intersect(me.Conditions).Count() + bySlug[slug].Topics.Intersect(me.Topics).Count();
        Assert.NotEmpty(related);
        Assert.DoesNotContain(related, r => r.Slug == me.Slug);
        Assert.All(related, r => Assert.True(Score(r.Slug) > 0, r.Slug));
        Assert.Equal(related.Select(r => Score(r.Slug)).OrderByDescending(x => x), related.Select(r => Score(r.Slug)));
        var expectedCount = batch.Articles.Count(a => a.Slug != me.Slug && a.Language == me.Language && a.Status == ArticleStatus.Published && Score(a.Slug) > 0);
        Assert.Equal(expectedCount, related.Count);
    }

    [ProviderFact]
    public async Task ApplyAsync_SameBatchAgain_IsAllUnchangedAndDuplicatesNothing()
    {
        var (store, batch) = await BundledStoreAsync();
        var before = await StoreSnapshot.TakeAsync(store);

        var summary = await store.ApplyAsync(ReadBundled());

        Assert.Equal(0, summary.Added);
        Assert.Equal(0, summary.Updated);
        Assert.Equal(batch.ItemCount, summary.Unchanged);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [ProviderFact]
    public async Task ApplyAsync_ArticlesReadBackFromTheStore_AreAllUnchanged()
    {
        var (store, batch) = await BundledStoreAsync();
        var exported = new ContentBatch();
        exported.Articles.AddRange(await store.ListAllArticlesAsync());
        exported.Topics.AddRange(await store.ListTopicsAsync());
        exported.ConditionGroups.AddRange(await store.ListConditionGroupsAsync());
        exported.Conditions.AddRange(await store.ListConditionsAsync());
        exported.Clinics.AddRange(await store.ListClinicsAsync());

        var summary = await store.ApplyAsync(exported);

        Assert.Equal((0, 0, batch.ItemCount), (summary.Added, summary.Updated, summary.Unchanged));
    }

    [ProviderFact]
    public async Task ApplyAsync_OneArticleChanged_CountsOneUpdatedAndStoresTheChange()
    {
        var (store, batch) = await BundledStoreAsync();
        var changed = ReadBundled();
        var index = changed.Articles.Count / 2;
        var slug = changed.Articles[index].Slug;
        changed.Articles[index] = changed.Articles[index] with { Summary = "A changed summary.", Topics = [.. changed.Articles[index].Topics.Reverse()] };

        var summary = await store.ApplyAsync(changed);

        Assert.Equal(0, summary.Added);
        Assert.Equal(1, summary.Updated);
        Assert.Equal(batch.ItemCount - 1, summary.Unchanged);
        StoreAssert.SameArticle(changed.Articles[index], await store.GetArticleAsync(slug));
        Assert.Equal(batch.Articles.Count, (await store.CountAsync()).Articles);
    }

    [ProviderFact]
    public async Task ApplyAsync_BatchThatFailsHalfWay_LeavesTheStoreExactlyAsBefore()
    {
        var (store, batch) = await BundledStoreAsync();
        var before = await StoreSnapshot.TakeAsync(store);

        var bad = ReadBundled();
        bad.Articles[0] = bad.Articles[0] with { Title = "Changed before the failure" };
        bad.Articles.Add(Article("brand-new-article", topics: [bad.Topics[0].Slug]));
        bad.Topics.Add(new Topic { Slug = "brand-new-topic", Title = "New" });
        bad.QaPairs.Add(Pair("good-pair", bad.Articles[0].Slug));
        bad.QaPairs.Add(Pair("bad-pair") with { Question = null! });

        await Assert.ThrowsAnyAsync<Exception>(() => store.ApplyAsync(bad));

        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
        Assert.Null(await store.GetArticleAsync("brand-new-article"));
        Assert.Equal(batch.Articles[0].Title, (await store.GetArticleAsync(batch.Articles[0].Slug))!.Title);
    }

    [ProviderFact]
    public async Task ApplyAsync_CancelledWhileApplying_LeavesTheStoreExactlyAsBefore()
    {
        var (store, _) = await BundledStoreAsync();
        var before = await StoreSnapshot.TakeAsync(store);

        var big = ReadBundled();
        big.Articles[0] = big.Articles[0] with { Title = "Changed before the cancellation" };
        big.QaPairs.AddRange(Enumerable.Range(0, 3000).Select(i => Pair($"pair-{i:D4}", big.Articles[0].Slug)));
        using var cancel = new CancellationTokenSource();
        var progress = new CancelOnFirstReport(cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ApplyAsync(big, progress, cancel.Token));

        Assert.True(progress.Reports > 0, "the store never reported progress, so the cancellation did not happen during the apply");
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [ProviderFact]
    public async Task ApplyAsync_ReportsProgressUpToTheTotal()
    {
        var store = await NewStoreAsync();
        var batch = Batch(Article("a"));
        batch.QaPairs.AddRange(Enumerable.Range(0, 1500).Select(i => Pair($"p{i}", "a")));
        var reports = new List<ImportProgress>();

        await store.ApplyAsync(batch, new SyncProgress(reports.Add));

        Assert.NotEmpty(reports);
        Assert.Equal(batch.ItemCount, reports[^1].Done);
        Assert.Equal(batch.ItemCount, reports[^1].Total);
    }

    [ProviderFact]
    public async Task ListTopicsAsync_KeepsTheTopicsFileOrder()
    {
        var (store, batch) = await BundledStoreAsync();

        var topics = await store.ListTopicsAsync();

        Assert.Equal(batch.Topics.Select(t => t.Slug), topics.Select(t => t.Slug));
        for (var i = 0; i < topics.Count; i++)
        {
            Assert.Equal(batch.Topics[i].ArticleOrder, topics[i].ArticleOrder);
            Assert.Equal(batch.Topics[i].Title, topics[i].Title);
            Assert.Equal(batch.Topics[i].Description, topics[i].Description);
        }

        Assert.Equal(batch.Topics[0].ArticleOrder, (await store.GetTopicAsync(batch.Topics[0].Slug))!.ArticleOrder);
        Assert.Null(await store.GetTopicAsync("no-such-topic"));
    }

    [ProviderFact]
    public async Task ListTopicArticlesAsync_BundledTopics_FollowTheTopicsReadingOrder()
    {
        var (store, batch) = await BundledStoreAsync();

        foreach (var topic in batch.Topics)
        {
            foreach (var language in ArticleLanguages.All)
            {
                var tagged = batch.Articles.Where(a => a.Language == language && a.Topics.Contains(topic.Slug) && a.Status is ArticleStatus.Published or ArticleStatus.DueForReview).ToList();
                var expected = topic.ArticleOrder.Where(s => tagged.Any(a => a.Slug == s))
                    .Concat(tagged.Where(a => !topic.ArticleOrder.Contains(a.Slug)).OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase).Select(a => a.Slug));

                Assert.Equal(expected, (await store.ListTopicArticlesAsync(language, topic.Slug)).Select(a => a.Slug));
            }

            Assert.Equal(await store.ListTopicArticlesAsync(ArticleLanguages.English, topic.Slug), await store.ListTopicArticlesAsync(topic.Slug));
        }
    }

    [ProviderFact]
    public async Task ListTopicArticlesAsync_ListedArticlesComeFirstInOrderThenTheRestByTitle()
    {
        var store = await NewStoreAsync();
        var batch = Batch(
            Article("alpha", "Alpha", topics: ["t"]),
            Article("bravo", "bravo", topics: ["t"]),
            Article("charlie", "Charlie", topics: ["t"]),
            Article("delta", "Delta", topics: ["t"]),
            Article("echo", "Echo", topics: ["t"], status: ArticleStatus.Draft),
            Article("foxtrot", "Foxtrot", topics: ["other"]));
        batch.Topics.Add(new Topic { Slug = "t", Title = "T", ArticleOrder = ["delta", "not-imported-yet", "echo", "bravo"] });
        await store.ApplyAsync(batch);

        var articles = await store.ListTopicArticlesAsync("t");

        Assert.Equal(["delta", "bravo", "alpha", "charlie"], articles.Select(a => a.Slug));
        Assert.Empty(await store.ListTopicArticlesAsync("no-such-topic"));
    }

    [ProviderFact]
    public async Task ApplyAsync_PageLinks_ResolveToArticlesWithThoseTitles()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(Batch(Article("tcm-treatment", "TCM treatment of lumbar disc bulging"), Article("bone-setting", "Can bone setting cure lumbar disc herniation?")));
        var page = Batch(Article("imported-page", "Imported page"));
        page.PageLinks.Add(new PageLink("imported-page", "tcm treatment of LUMBAR disc bulging", "Can bone setting cure lumbar disc herniation?"));

        var summary = await store.ApplyAsync(page);

        Assert.Empty(summary.Skipped);
        var article = await store.GetArticleAsync("imported-page");
        Assert.Equal("tcm-treatment", article!.PreviousSlug);
        Assert.Equal("bone-setting", article.NextSlug);
    }

    [ProviderFact]
    public async Task ApplyAsync_PageLinkToAMissingTitle_IsLeftOutAndReportedAsSkipped()
    {
        var store = await NewStoreAsync();
        var page = Batch(Article("imported-page", "Imported page"), Article("known", "Known title"));
        page.PageLinks.Add(new PageLink("imported-page", "No article has this title", "Known title"));

        var summary = await store.ApplyAsync(page);

        var skip = Assert.Single(summary.Skipped);
        Assert.Contains("No article has this title", skip.Reason, StringComparison.Ordinal);
        Assert.Equal("imported-page", skip.Where);
        var article = await store.GetArticleAsync("imported-page");
        Assert.Null(article!.PreviousSlug);
        Assert.Equal("known", article.NextSlug);
    }

    [ProviderFact]
    public async Task ApplyAsync_PageLinkToItsOwnTitle_DoesNotLinkToItself()
    {
        var store = await NewStoreAsync();
        var page = Batch(Article("imported-page", "Same title"));
        page.PageLinks.Add(new PageLink("imported-page", "Same title", null));

        var summary = await store.ApplyAsync(page);

        Assert.Single(summary.Skipped);
        Assert.Null((await store.GetArticleAsync("imported-page"))!.PreviousSlug);
    }

    [ProviderFact]
    public async Task ApplyAsync_BatchSkips_AreCarriedIntoTheSummary()
    {
        var store = await NewStoreAsync();
        var batch = Batch(Article("a"));
        batch.Skipped.Add(new ImportSkip("file.txt, line 3", "a teaser was dropped."));

        var summary = await store.ApplyAsync(batch);

        Assert.Equal(batch.Skipped, summary.Skipped);
    }

    [ProviderFact]
    public async Task SearchArticlesAsync_MatchesEveryWordInTitleOrSummaryIgnoringCase()
    {
        var store = await SearchStoreAsync();

        Assert.Equal(["back-pain-at-work"], await SearchAsync(store, "back WORK"));
        Assert.Equal(["back-pain-at-work"], await SearchAsync(store, "  BACK   pain at Work  "));
        Assert.Equal(["back-pain-at-work"], await SearchAsync(store, "chair"));
        Assert.Equal(["back-pain-at-work"], await SearchAsync(store, "desk back"));
        Assert.Empty(await SearchAsync(store, "back unicorn"));
        Assert.Empty(await SearchAsync(store, "   "));
        Assert.Empty(await SearchAsync(store, "draft"));
    }

    [ProviderFact]
    public async Task SearchArticlesAsync_PercentUnderscoreAndBackslash_AreMatchedLiterally()
    {
        var store = await SearchStoreAsync();

        Assert.Equal(["one-hundred-percent"], await SearchAsync(store, "%"));
        Assert.Equal(["one-hundred-percent"], await SearchAsync(store, "100%"));
        Assert.Empty(await SearchAsync(store, "1%0"));
        Assert.Equal(["snake-case"], await SearchAsync(store, "_"));
        Assert.Equal(["snake-case"], await SearchAsync(store, "e_c"));
        Assert.Empty(await SearchAsync(store, "snake_ca_e"));
        Assert.Empty(await SearchAsync(store, "k_case"));
        Assert.Equal(["backslash"], await SearchAsync(store, "\\"));
        Assert.Equal(["backslash"], await SearchAsync(store, "a\\b"));
        Assert.Empty(await SearchAsync(store, "'; DROP TABLE articles; --"));
        Assert.Equal(5, (await store.CountAsync()).Articles);
    }

    [ProviderFact]
    public async Task SearchArticlesAsync_RespectsTheLimit()
    {
        var store = await SearchStoreAsync();
        Assert.Single(await store.SearchArticlesAsync("a", 1));
    }

    [ProviderFact]
    public async Task DraftAndInReviewArticles_AreNotListedPubliclyButCanBeFetched()
    {
        var store = await NewStoreAsync();
        var batch = Batch(
            Article("published-one", "Sciatica published", topics: ["t"], conditions: ["sciatica"], featured: true, published: new DateOnly(2026, 1, 1)),
            Article("draft-one", "Sciatica draft", status: ArticleStatus.Draft, topics: ["t"], conditions: ["sciatica"], featured: true, published: new DateOnly(2026, 2, 1)),
            Article("review-one", "Sciatica in review", status: ArticleStatus.InReview, topics: ["t"], conditions: ["sciatica"], featured: true, published: new DateOnly(2026, 3, 1)),
            Article("due-one", "Sciatica due for review", status: ArticleStatus.DueForReview, topics: ["t"], conditions: ["sciatica"], featured: true, published: new DateOnly(2025, 1, 1)))
            .WithCatalogue("sciatica");
        batch.Topics.Add(new Topic { Slug = "t", Title = "T" });
        await store.ApplyAsync(batch);
        string[] visible = ["due-one", "published-one"];

        Assert.Equal(visible, (await store.ListArticlesAsync(0, 100)).Select(a => a.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(2, await store.CountPublishedArticlesAsync());
        Assert.Equal(visible, (await store.SearchArticlesAsync("sciatica", 100)).Select(a => a.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(visible, (await store.ListTopicArticlesAsync("t")).Select(a => a.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(visible, (await store.ListConditionArticlesAsync("sciatica")).Select(a => a.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(visible, (await store.ListFeaturedArticlesAsync(100)).Select(a => a.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(visible, (await store.ListNewestArticlesAsync(100)).Select(a => a.Slug).Order(StringComparer.Ordinal));

        Assert.Equal(ArticleStatus.Draft, (await store.GetArticleAsync("draft-one"))!.Status);
        Assert.Equal(ArticleStatus.InReview, (await store.GetArticleAsync("review-one"))!.Status);
        Assert.Equal(4, (await store.ListAllArticlesAsync()).Count);
        Assert.Null(await store.GetArticleAsync("no-such-article"));
    }

    [ProviderFact]
    public async Task ListArticlesAsync_PagesThroughPublishedArticlesByTitle()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(Batch(Article("c", "charlie"), Article("a", "Alpha"), Article("d", "Delta"), Article("b", "bravo"), Article("e", "Echo")));

        Assert.Equal(["a", "b"], (await store.ListArticlesAsync(0, 2)).Select(a => a.Slug));
        Assert.Equal(["c", "d"], (await store.ListArticlesAsync(2, 2)).Select(a => a.Slug));
        Assert.Equal(["e"], (await store.ListArticlesAsync(4, 2)).Select(a => a.Slug));
        Assert.Empty(await store.ListArticlesAsync(10, 2));
    }

    [ProviderFact]
    public async Task ListNewestArticlesAsync_PutsTheNewestOwnArticlesFirstAndLeavesOutThirdPartyText()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(Batch(
            Article("old", published: new DateOnly(2024, 1, 1)),
            Article("new", published: new DateOnly(2026, 1, 1)),
            Article("middle", published: new DateOnly(2025, 1, 1)),
            Article("nih", published: new DateOnly(2027, 1, 1), attribution: new Attribution("NIH", null, "CC BY 4.0"))));

        Assert.Equal(["new", "middle"], (await store.ListNewestArticlesAsync(2)).Select(a => a.Slug));
    }

    [ProviderFact]
    public async Task ListFeaturedArticlesAsync_ListsOnlyFeaturedArticles()
    {
        var (store, batch) = await BundledStoreAsync();

        var featured = await store.ListFeaturedArticlesAsync(100);

        Assert.Equal(batch.Articles.Where(a => a.Featured && a.Language == ArticleLanguages.English).Select(a => a.Slug).Order(StringComparer.Ordinal),
            featured.Select(a => a.Slug).Order(StringComparer.Ordinal));
        Assert.All(featured, a => Assert.True(a.Featured));
        Assert.Equal(batch.Articles.Where(a => a.Featured && a.Language == ArticleLanguages.Chinese).Select(a => a.Slug).Order(StringComparer.Ordinal),
            (await store.ListFeaturedArticlesAsync(ArticleLanguages.Chinese, 100)).Select(a => a.Slug).Order(StringComparer.Ordinal));
    }

    [ProviderFact]
    public async Task ListConditionArticlesAsync_ListsThePublishedArticlesAboutTheCondition()
    {
        var (store, batch) = await BundledStoreAsync();

        foreach (var condition in batch.Conditions)
        {
            foreach (var language in ArticleLanguages.All)
            {
                var expected = batch.Articles.Where(a => a.Language == language && a.Conditions.Contains(condition.Id) && a.Status is ArticleStatus.Published or ArticleStatus.DueForReview)
                    .OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase).Select(a => a.Slug);
                Assert.Equal(expected, (await store.ListConditionArticlesAsync(language, condition.Id)).Select(a => a.Slug));
            }

            Assert.Equal(await store.ListConditionArticlesAsync(ArticleLanguages.English, condition.Id), await store.ListConditionArticlesAsync(condition.Id));
        }

        Assert.NotEmpty(await store.ListConditionArticlesAsync("lumbar-disc-herniation"));
        Assert.Empty(await store.ListConditionArticlesAsync("no-such-condition"));
    }

    [ProviderFact]
    public async Task ListArticleQaPairsAsync_GivesEachArticleItsOwnPairsInBatchOrder()
    {
        var store = await NewStoreAsync();
        var batch = Batch(Article("first"), Article("second"));
        batch.QaPairs.AddRange([Pair("z-1", "first", answer: ""), Pair("a-2", "second"), Pair("m-3", "first"), Pair("loose")]);

        await store.ApplyAsync(batch);

        Assert.Equal([batch.QaPairs[0], batch.QaPairs[2]], await store.ListArticleQaPairsAsync("first"));
        Assert.Equal([batch.QaPairs[1]], await store.ListArticleQaPairsAsync("second"));
        Assert.Empty(await store.ListArticleQaPairsAsync("no-such-article"));
        Assert.Equal(4, (await store.CountAsync()).QaPairs);
        Assert.False((await store.ListArticleQaPairsAsync("first"))[0].HasAnswerText);
    }

    [ProviderFact]
    public async Task ApplyAsync_QaPairChanged_IsUpdatedNotDuplicated()
    {
        var store = await NewStoreAsync();
        var batch = Batch(Article("first"));
        batch.QaPairs.Add(Pair("q1", "first"));
        await store.ApplyAsync(batch);

        var again = Batch(Article("first"));
        again.QaPairs.Add(Pair("q1", "first", answer: "A better answer."));
        var summary = await store.ApplyAsync(again);

        Assert.Equal((0, 1, 1), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal("A better answer.", Assert.Single(await store.ListArticleQaPairsAsync("first")).Answer);
    }

    [ProviderFact]
    public async Task GetKnownIdsAsync_GivesTheStoredTopicsConditionsAndClinics()
    {
        var store = await NewStoreAsync();
        Assert.Empty((await store.GetKnownIdsAsync()).Topics);

        var batch = ReadBundled();
        await store.ApplyAsync(batch);
        var known = await store.GetKnownIdsAsync();

        Assert.True(known.Topics.SetEquals(batch.Topics.Select(t => t.Slug)));
        Assert.True(known.Conditions.SetEquals(batch.Conditions.Select(c => c.Id)));
        Assert.True(known.Clinics.SetEquals(batch.Clinics.Select(c => c.Id)));
    }

    [ProviderFact]
    public async Task GetKnownIdsAsync_LetsALaterImportReferToStoredTopics()
    {
        var (store, _) = await BundledStoreAsync();
        using var folder = new TempContentFolder();
        folder.Write("articles/new.md", "---\nslug: new-article\ntitle: New\nsummary: S.\ntopics: [slipped-disc]\nconditions: [lumbar-disc-herniation]\n---\n\nBody.\n");

        var batch = MarkdownFolderImporter.Read(folder.Path, await store.GetKnownIdsAsync());
        var summary = await store.ApplyAsync(batch);

        Assert.Equal(1, summary.Added);
        Assert.Contains("new-article", (await store.ListTopicArticlesAsync("slipped-disc")).Select(a => a.Slug));
    }

    [ProviderFact]
    public async Task ListSearchSourceHashesAsync_ListsVisibleArticlesAndEveryPair()
    {
        var store = await NewStoreAsync();
        var batch = Batch(
            Article("published-one"),
            Article("due-one", status: ArticleStatus.DueForReview),
            Article("draft-one", status: ArticleStatus.Draft),
            Article("review-one", status: ArticleStatus.InReview));
        batch.QaPairs.AddRange([Pair("q1", "published-one"), Pair("q2", "draft-one"), Pair("loose")]);
        await store.ApplyAsync(batch);

        var hashes = await store.ListSearchSourceHashesAsync();

        Assert.Equal(["due-one", "published-one"], hashes.Articles.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["loose", "q1", "q2"], hashes.QaPairs.Keys.Order(StringComparer.Ordinal));
        Assert.All(hashes.Articles.Values.Concat(hashes.QaPairs.Values), h => Assert.False(string.IsNullOrWhiteSpace(h)));
        Assert.Equal(3, hashes.QaPairs.Values.Distinct(StringComparer.Ordinal).Count());
    }

    [ProviderFact]
    public async Task ListSearchSourceHashesAsync_AfterAnEditAndAPublication_ChangesOnlyWhatChanged()
    {
        var store = await NewStoreAsync();
        var first = Batch(Article("stays"), Article("edited"), Article("to-publish", status: ArticleStatus.Draft), Article("to-retire"), Article("to-due"));
        first.QaPairs.AddRange([Pair("same"), Pair("changed")]);
        await store.ApplyAsync(first);
        var before = await store.ListSearchSourceHashesAsync();

        var second = Batch(
            Article("stays"),
            Article("edited", summary: "A new summary."),
            Article("to-publish"),
            Article("to-retire", status: ArticleStatus.Draft),
            Article("to-due", status: ArticleStatus.DueForReview));
        second.QaPairs.AddRange([Pair("same"), Pair("changed", answer: "A better answer.")]);
        await store.ApplyAsync(second);
        var after = await store.ListSearchSourceHashesAsync();

        Assert.Equal(before.Articles["stays"], after.Articles["stays"]);
        Assert.NotEqual(before.Articles["edited"], after.Articles["edited"]);
        Assert.False(before.Articles.ContainsKey("to-publish"));
        Assert.True(after.Articles.ContainsKey("to-publish"));
        Assert.False(after.Articles.ContainsKey("to-retire"));
        Assert.NotEqual(before.Articles["to-due"], after.Articles["to-due"]);
        Assert.Equal(before.QaPairs["same"], after.QaPairs["same"]);
        Assert.NotEqual(before.QaPairs["changed"], after.QaPairs["changed"]);
    }

    [ProviderFact]
    public async Task ListQaPairsAsync_MoreIdsThanOneQueryTakes_ReturnsEveryKnownPairOnce()
    {
        var store = await NewStoreAsync();
        var batch = Batch(Article("a"));
        batch.QaPairs.AddRange(Enumerable.Range(0, 1200).Select(i => Pair($"p{i:D4}", "a", answer: $"Answer {i}.")));
        await store.ApplyAsync(batch);
        var wanted = Enumerable.Range(100, 1050).Select(i => $"p{i:D4}").Append("no-such-pair").Append("p0100").ToList();

        var pairs = await store.ListQaPairsAsync(wanted);

        Assert.Equal(wanted.Where(id => id != "no-such-pair").Distinct().Order(StringComparer.Ordinal), pairs.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(batch.QaPairs.Single(p => p.Id == "p0500"), pairs.Single(p => p.Id == "p0500"));
        Assert.Empty(await store.ListQaPairsAsync([]));
    }

    private async Task<IContentStore> SearchStoreAsync()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(Batch(
            Article("back-pain-at-work", "Back pain at work", "How to set up your desk and chair."),
            Article("one-hundred-percent", "Is any cure 100% sure?", "Why percent claims mislead."),
            Article("snake-case", "A snake_case title", "Odd characters."),
            Article("backslash", "Path a\\b", "A backslash."),
            Article("hidden-draft", "Back pain at work draft", "Desk and chair.", ArticleStatus.Draft)));
        return store;
    }

    private static async Task<List<string>> SearchAsync(IContentStore store, string query) =>
        (await store.SearchArticlesAsync(query, 50)).Select(a => a.Slug).Order(StringComparer.Ordinal).ToList();

    private sealed class CancelOnFirstReport(CancellationTokenSource cancel) : IProgress<ImportProgress>
    {
        public int Reports { get; private set; }

        public void Report(ImportProgress value)
        {
            Reports++;
            cancel.Cancel();
        }
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
