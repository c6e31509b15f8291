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

        var (user, problem) = await new EditorSignIn(bench.Store, bench.Time).CheckAsync(" ana ", Password, CancellationToken.None);

        Assert.Null(problem);
        Assert.Equal("Dr Ana", user!.DisplayName);
    }

    [Fact]
    public async Task CheckAsync_UnknownUserAndWrongPassword_GiveTheSameMessage()
    {
        await using var bench = await EditorialBench.StartAsync();
        await bench.Store.AddUserAsync("ana", "Dr Ana", EditorRole.Editor, EditorPasswords.Hash(Password));
        var signIn = new EditorSignIn(bench.Store, bench.Time);

        var unknown = await signIn.CheckAsync("bob", Password, CancellationToken.None);
        var wrong = await signIn.CheckAsync("ana", "not the password", CancellationToken.None);

        Assert.Null(unknown.User);
        Assert.Null(wrong.User);
        Assert.Equal(unknown.Problem, wrong.Problem);
    }

    [Fact]
    public async Task CheckAsync_FiveFailures_LocksTheAccountEvenForTheRightPasswordUntilTheLockoutEnds()
    {
        await using var bench = await EditorialBench.StartAsync();
        await bench.Store.AddUserAsync("ana", "Dr Ana", EditorRole.Editor, EditorPasswords.Hash(Password));
        var signIn = new EditorSignIn(bench.Store, bench.Time);
        for (var i = 0; i < EditorSignIn.MaxFailures; i++)
        {
            await signIn.CheckAsync("ana", "wrong password " + i, CancellationToken.None);
        }

        var locked = await signIn.CheckAsync("ana", Password, CancellationToken.None);
        bench.Time.Advance(EditorSignIn.LockoutTime + TimeSpan.FromSeconds(1));
        var later = await signIn.CheckAsync("ana", Password, CancellationToken.None);

        Assert.Null(locked.User);
        Assert.Contains("locked", locked.Problem, StringComparison.Ordinal);
        Assert.NotNull(later.User);
        Assert.Contains(await bench.Store.ListAuditAsync(20), e => e.Action == "account locked");
    }
}
