namespace Vertebra.Editorial.Tests;

/// <summary>Saving, signing off and dismissing answer with one result type: done with the slug, or refused with reasons.</summary>
public sealed class WorkflowStepTests
{
    [Fact]
    public async Task SaveAsync_UnknownTopicAndNoSource_IsRefusedWithEveryProblemAndSavesNothing()
    {
        await using var bench = await EditorialBench.StartAsync();
        var draft = EditorialBench.Draft() with { Topics = "no-such-topic", References = "" };

        var result = await bench.Service.SaveAsync(null, draft, "Ana", "", submitForReview: false, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Null(result.Slug);
        Assert.Contains("There is no topic called \"no-such-topic\".", result.Problems);
        Assert.Contains(result.Problems, p => p.StartsWith("Add at least one source", StringComparison.Ordinal));
        Assert.Empty(await bench.Store.ListStatesAsync());
    }

    [Fact]
    public async Task SaveAsync_NewArticle_IsDoneWithASlugFromTheTitle()
    {
        await using var bench = await EditorialBench.StartAsync();

        var first = await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", false, CancellationToken.None);
        var second = await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", false, CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.Equal("walking-with-back-pain", first.Slug);
        Assert.Equal("walking-with-back-pain-2", second.Slug);
    }

    [Fact]
    public async Task SignOffAsync_NoSuchArticle_IsRefused()
    {
        await using var bench = await EditorialBench.StartAsync();

        var result = await bench.Service.SignOffAsync("missing", "Dr Li", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(["There is no such article."], result.Problems);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fine")]
    public async Task DismissAsync_ReasonTooShort_IsRefusedAndNotRecorded(string reason)
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", true, CancellationToken.None)).Slug!;

        var result = await bench.Service.DismissAsync(slug, "disc-pushed-back", "pushes the disc back", reason, "Dr Li", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Empty(await bench.Store.ListDismissalsAsync(slug));
    }

    [Fact]
    public void Refused_WithoutAReason_IsAProgrammingError() =>
        Assert.Throws<ArgumentException>(() => EditorialResult.Refused("slug", []));
}
