using Vertebra.Storage.Editorial;

namespace Vertebra.Editorial.Tests;

/// <summary>Issue 19, item 3: a sign-off names the revision that was shown; who may sign off and publish.</summary>
public sealed class SignOffPolicyTests
{
    private static async Task<long> LatestAsync(EditorialBench bench, string slug) => (await bench.Store.GetStateAsync(slug))!.LatestRevision!.Value;

    [Fact]
    public async Task SignOffAsync_ShownRevisionIsNotTheLatest_IsRefusedAndNothingIsSignedOff()
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", true, CancellationToken.None)).Slug!;
        var shown = await LatestAsync(bench, slug);
        await bench.Service.SaveAsync(slug, EditorialBench.Draft("Rest in bed for a week.\n"), "Ana", "edit", true, CancellationToken.None);

        var result = await bench.Service.SignOffAsync(slug, shown, "Dr Li", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("changed since you opened it", result.Problems.Single(), StringComparison.Ordinal);
        Assert.Null((await bench.Store.GetStateAsync(slug))!.SignedOffRevision);
    }

    [Fact]
    public async Task SignOffAsync_ReviewerWroteARevisionSinceTheLastSignOff_IsRefusedByDefault()
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Dr Li", "", true, CancellationToken.None)).Slug!;
        await bench.Service.SaveAsync(slug, EditorialBench.Draft("Walk a little more each day.\n"), "Ana", "small edit", true, CancellationToken.None);

        var result = await bench.Service.SignOffAsync(slug, await LatestAsync(bench, slug), "Dr Li", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("someone else must sign it off", result.Problems.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOffAsync_OwnTextAllowedByPolicy_IsDone()
    {
        await using var bench = await EditorialBench.StartAsync(new EditorialPolicy { ReviewerMaySignOffOwnText = true });
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Dr Li", "", true, CancellationToken.None)).Slug!;

        var result = await bench.Service.SignOffAsync(slug, await LatestAsync(bench, slug), "Dr Li", CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(" ", result.Problems));
    }

    [Fact]
    public async Task PublishAsync_TwoPeopleToPublish_RefusesTheReviewerWhoSignedOff_AllowsSomeoneElse()
    {
        await using var bench = await EditorialBench.StartAsync(new EditorialPolicy { TwoPeopleToPublish = true });
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", true, CancellationToken.None)).Slug!;
        Assert.True((await bench.Service.SignOffAsync(slug, await LatestAsync(bench, slug), "Dr Li", CancellationToken.None)).Succeeded);

        var same = await bench.Service.PublishAsync(slug, "Dr Li", CancellationToken.None);
        var other = await bench.Service.PublishAsync(slug, "Dr Wu", CancellationToken.None);

        Assert.False(same.Succeeded);
        Assert.Contains("another person", same.Problems.Single(), StringComparison.Ordinal);
        Assert.True(other.Succeeded, string.Join(" ", other.Problems));
    }

    [Fact]
    public async Task PublishAsync_ByDefault_TheReviewerWhoSignedOffMayPublish()
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", true, CancellationToken.None)).Slug!;
        await bench.Service.SignOffAsync(slug, await LatestAsync(bench, slug), "Dr Li", CancellationToken.None);

        Assert.True((await bench.Service.PublishAsync(slug, "Dr Li", CancellationToken.None)).Succeeded);
    }
}
