using Vertebra.Storage.Editorial;

namespace Vertebra.Editorial.Tests;

/// <summary>Password checks and lockout, without the web host.</summary>
public sealed class EditorSignInTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task CheckAsync_RightPassword_ReturnsTheUser()
    {
        await using var bench = await EditorialBench.StartAsync();
        await bench.Store.AddUserAsync("ana", "Dr Ana", EditorRole.Reviewer, EditorPasswords.Hash(Password));

        var (user, problem) = await new EditorSignIn(bench.Store, bench.Time).CheckAsync(" ana ", Password, "192.0.2.1", CancellationToken.None);

        Assert.Null(problem);
        Assert.Equal("Dr Ana", user!.DisplayName);
    }

    [Fact]
    public async Task CheckAsync_UnknownUserAndWrongPassword_GiveTheSameMessage()
    {
        await using var bench = await EditorialBench.StartAsync();
        await bench.Store.AddUserAsync("ana", "Dr Ana", EditorRole.Editor, EditorPasswords.Hash(Password));
        var signIn = new EditorSignIn(bench.Store, bench.Time);

        var unknown = await signIn.CheckAsync("bob", Password, "192.0.2.1", CancellationToken.None);
        var wrong = await signIn.CheckAsync("ana", "not the password", "192.0.2.1", CancellationToken.None);

        Assert.Null(unknown.User);
        Assert.Null(wrong.User);
        Assert.Equal(unknown.Problem, wrong.Problem);
    }

    [Fact]
    public async Task CheckAsync_FreeAttemptsUsed_ThrottlesEvenTheRightPasswordFromThatAddressUntilTheDelayEnds()
    {
        await using var bench = await EditorialBench.StartAsync();
        await bench.Store.AddUserAsync("ana", "Dr Ana", EditorRole.Editor, EditorPasswords.Hash(Password));
        var signIn = new EditorSignIn(bench.Store, bench.Time);
        for (var i = 0; i < EditorSignIn.FreeAttempts; i++)
        {
            await signIn.CheckAsync("ana", "wrong password " + i, "192.0.2.1", CancellationToken.None);
        }

        var throttled = await signIn.CheckAsync("ana", Password, "192.0.2.1", CancellationToken.None);
        bench.Time.Advance(EditorSignIn.DelayAfter(EditorSignIn.FreeAttempts + 1));
        var later = await signIn.CheckAsync("ana", Password, "192.0.2.1", CancellationToken.None);

        Assert.Null(throttled.User);
        Assert.Equal(EditorSignIn.Problem, throttled.Problem);
        Assert.NotNull(later.User);
        Assert.Contains(await bench.Store.ListAuditAsync(20), e => e.Action == "failed sign-in" && e.Detail.StartsWith("throttled", StringComparison.Ordinal));
    }
}
