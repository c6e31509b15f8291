using Vertebra.Storage.Editorial;

namespace Vertebra.Editorial.Tests;

/// <summary>
/// Issue 19, item 7: throttling per user name and address with growing delays; one answer and one code path for an
/// unknown user, a wrong password and a throttled attempt; the limit holds against parallel guesses. Time is a fake
/// clock: nothing here measures how long anything takes.
/// </summary>
public sealed class SignInThrottleTests
{
    private const string Password = "correct horse battery";
    private const string Here = "192.0.2.10";
    private const string Elsewhere = "198.51.100.20";

    private static async Task<(EditorialBench Bench, EditorSignIn SignIn)> StartAsync()
    {
        var bench = await EditorialBench.StartAsync();
        await bench.Store.AddUserAsync("ana", "Dr Ana", EditorRole.Admin, EditorPasswords.Hash(Password));
        return (bench, new EditorSignIn(bench.Store, bench.Time));
    }

    [Fact]
    public async Task CheckAsync_UnknownUserWrongPasswordAndThrottled_GiveTheSameAnswer()
    {
        var (bench, signIn) = await StartAsync();
        await using var _ = bench;
        var problems = new HashSet<string?>();
        problems.Add((await signIn.CheckAsync("nobody", Password, Here, CancellationToken.None)).Problem);
        for (var i = 0; i < EditorSignIn.FreeAttempts + 3; i++)
        {
            problems.Add((await signIn.CheckAsync("ana", "wrong " + i, Here, CancellationToken.None)).Problem);
        }

        var throttled = await signIn.CheckAsync("ana", Password, Here, CancellationToken.None);

        Assert.Null(throttled.User);
        problems.Add(throttled.Problem);
        Assert.Single(problems);
        Assert.DoesNotContain("locked", problems.Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CheckAsync_StrangerGuessesFromElsewhere_TheOwnerStillSignsIn()
    {
        var (bench, signIn) = await StartAsync();
        await using var _ = bench;
        for (var i = 0; i < 20; i++)
        {
            await signIn.CheckAsync("ana", "guess " + i, Elsewhere, CancellationToken.None);
        }

        var owner = await signIn.CheckAsync("ana", Password, Here, CancellationToken.None);

        Assert.NotNull(owner.User);
    }

    [Fact]
    public async Task CheckAsync_AfterTheFreeAttempts_EachFailureDelaysTheNextTryLonger()
    {
        var (bench, signIn) = await StartAsync();
        await using var _ = bench;
        for (var i = 0; i < EditorSignIn.FreeAttempts; i++)
        {
            await signIn.CheckAsync("ana", "wrong " + i, Here, CancellationToken.None);
        }

        var first = EditorSignIn.DelayAfter(EditorSignIn.FreeAttempts);
        var second = EditorSignIn.DelayAfter(EditorSignIn.FreeAttempts + 1);
        Assert.True(second > first);

        bench.Time.Advance(first - TimeSpan.FromSeconds(1));
        Assert.Null((await signIn.CheckAsync("ana", Password, Here, CancellationToken.None)).User);
        bench.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null((await signIn.CheckAsync("ana", "wrong again", Here, CancellationToken.None)).User);

        bench.Time.Advance(first);
        Assert.Null((await signIn.CheckAsync("ana", Password, Here, CancellationToken.None)).User);
        bench.Time.Advance(second - first);
        Assert.NotNull((await signIn.CheckAsync("ana", Password, Here, CancellationToken.None)).User);
    }

    [Fact]
    public async Task CheckAsync_ParallelGuesses_NoMoreThanTheFreeAttemptsAreChecked()
    {
        var (bench, signIn) = await StartAsync();
        await using var _ = bench;

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => signIn.CheckAsync("ana", "parallel guess " + i, Here, CancellationToken.None))));

        var audit = await bench.Store.ListAuditAsync(100);
        Assert.Equal(EditorSignIn.FreeAttempts, audit.Count(e => e.Action == "failed sign-in" && e.Detail.StartsWith("wrong password", StringComparison.Ordinal)));
        Assert.Equal(24 - EditorSignIn.FreeAttempts, audit.Count(e => e.Action == "failed sign-in" && e.Detail.StartsWith("throttled", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CheckAsync_RightPasswordWithinTheFreeAttempts_SignsInAndStartsAgain()
    {
        var (bench, signIn) = await StartAsync();
        await using var _ = bench;
        for (var i = 0; i < EditorSignIn.FreeAttempts - 1; i++)
        {
            await signIn.CheckAsync("ana", "wrong " + i, Here, CancellationToken.None);
        }

        Assert.NotNull((await signIn.CheckAsync("ana", Password, Here, CancellationToken.None)).User);
        for (var i = 0; i < EditorSignIn.FreeAttempts - 1; i++)
        {
            await signIn.CheckAsync("ana", "wrong " + i, Here, CancellationToken.None);
        }

        Assert.NotNull((await signIn.CheckAsync("ana", Password, Here, CancellationToken.None)).User);
    }
}
