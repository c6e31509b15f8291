using Vertebra.Storage.Editorial;
using static Vertebra.Storage.Tests.ContentBuilders;

namespace Vertebra.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IEditorialStore"/> must have, whatever database is behind it. Each provider
/// subclasses this and supplies a fresh, migrated content store and the editorial store over the same database.
/// </summary>
public abstract class EditorialStoreContractTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 4, 10, 30, 0, TimeSpan.Zero);

    protected abstract Task<(IContentStore Content, IEditorialStore Editorial)> CreateStoresAsync();

    [ProviderFact]
    public async Task PublishAsync_WritesTheArticleTheStateAndTheAuditEntryAndMovesTheVersion()
    {
        var (content, store) = await CreateStoresAsync();
        var id = await store.SaveRevisionAsync("piece", "Piece", "text", "Ana", At, "", EditorialStates.InReview);
        await store.SignOffAsync("piece", id, "Dr Li", new DateOnly(2026, 3, 5), new AuditEntry(At, "Dr Li", "signed off", "piece", "revision 1"));
        var before = await content.GetContentVersionAsync();

        await store.PublishAsync(Article("piece"), new AuditEntry(At, "Dr Li", "published", "piece", "revision 1"));

        Assert.NotNull(await content.GetArticleAsync("piece"));
        Assert.Equal(EditorialStates.Published, (await store.GetStateAsync("piece"))!.State);
        Assert.Equal(["published", "signed off"], (await store.ListAuditAsync(10)).Select(e => e.Action));
        Assert.True(await content.GetContentVersionAsync() > before);
    }

    [ProviderFact]
    public async Task MistakeReports_AreListedOldestFirstUntilClosedOnce()
    {
        var (_, store) = await CreateStoresAsync();
        var first = await store.AddMistakeReportAsync(new MistakeReport(0, "piece", "Piece", 7, new DateOnly(2026, 11, 23), MistakeReport.Wrong, "The dose is wrong.", At));
        var second = await store.AddMistakeReportAsync(new MistakeReport(0, "other", "Other", null, null, MistakeReport.Unclear, "Hard to follow.", At.AddMinutes(1)));

        var open = await store.ListOpenMistakeReportsAsync(10);
        Assert.Equal([first, second], open.Select(r => r.Id));
        Assert.Equal(new MistakeReport(first, "piece", "Piece", 7, new DateOnly(2026, 11, 23), MistakeReport.Wrong, "The dose is wrong.", At), open[0]);
        Assert.Null(open[1].Revision);

        Assert.True(await store.CloseMistakeReportAsync(first, "Dr Li", At.AddHours(1)));
        Assert.False(await store.CloseMistakeReportAsync(first, "Dr Li", At.AddHours(2)));
        Assert.False(await store.CloseMistakeReportAsync(999, "Dr Li", At.AddHours(2)));
        Assert.Equal([second], (await store.ListOpenMistakeReportsAsync(10)).Select(r => r.Id));
    }

    [ProviderFact]
    public async Task PublishAsync_RevisionSavedAfterTheSignOff_WritesNothing()
    {
        var (content, store) = await CreateStoresAsync();
        var id = await store.SaveRevisionAsync("piece", "Piece", "text", "Ana", At, "", EditorialStates.InReview);
        await store.SignOffAsync("piece", id, "Dr Li", new DateOnly(2026, 3, 5), new AuditEntry(At, "Dr Li", "signed off", "piece", "revision 1"));
        await store.SaveRevisionAsync("piece", "Piece", "newer text", "Ana", At, "", EditorialStates.InReview);

        await Assert.ThrowsAsync<EditorialConflictException>(() => store.PublishAsync(Article("piece"), new AuditEntry(At, "Dr Li", "published", "piece", "revision 1")));

        Assert.Null(await content.GetArticleAsync("piece"));
        Assert.Equal("signed off", Assert.Single(await store.ListAuditAsync(10)).Action);
    }

    [ProviderFact]
    public async Task AddUserAsync_ThenFindIgnoringCase_GivesThePersonBack()
    {
        var (_, store) = await CreateStoresAsync();
        var added = await store.AddUserAsync("Li.Wei", "Dr Li Wei", EditorRole.Reviewer, "hash");

        var found = await store.FindUserAsync("li.wei");

        Assert.Equal(added, found);
        Assert.Equal(1, await store.CountUsersAsync());
        Assert.Null(await store.FindUserAsync("nobody"));
    }

    [ProviderFact]
    public async Task AddUserAsync_NameTakenInAnotherCase_FailsAndAddsNothing()
    {
        var (_, store) = await CreateStoresAsync();
        await store.AddUserAsync("ana", "Ana", EditorRole.Editor, "hash");

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddUserAsync("ANA", "Ana again", EditorRole.Admin, "hash"));
        Assert.Equal(1, await store.CountUsersAsync());
    }

    [ProviderFact]
    public async Task RecordSignInFailureAsync_KeepsTheCountAndTheLock()
    {
        var (_, store) = await CreateStoresAsync();
        var user = await store.AddUserAsync("ana", "Ana", EditorRole.Editor, "hash");

        await store.RecordSignInFailureAsync(user.Id, 5, At.AddMinutes(15));

        var found = await store.FindUserAsync("ana");
        Assert.Equal(5, found!.FailedSignIns);
        Assert.Equal(At.AddMinutes(15), found.LockedUntil);
    }

    [ProviderFact]
    public async Task SaveRevisionAsync_KeepsEveryRevisionNewestFirstAndTracksTheLatest()
    {
        var (_, store) = await CreateStoresAsync();
        var first = await store.SaveRevisionAsync("new-piece", "New piece", "# one", "ana", At, "first", EditorialStates.Draft);
        var second = await store.SaveRevisionAsync("new-piece", "New piece, revised", "# two", "ana", At.AddHours(1), "second", EditorialStates.InReview);

        var revisions = await store.ListRevisionsAsync("new-piece");
        var state = await store.GetStateAsync("new-piece");

        Assert.Equal([second, first], revisions.Select(r => r.Id));
        Assert.Equal(new ArticleRevision(first, "new-piece", "# one", "ana", At, "first"), await store.GetRevisionAsync(first));
        Assert.Equal(new EditorialState("new-piece", "New piece, revised", EditorialStates.InReview, second, null, null, null, false, null), state);
    }

    [ProviderFact]
    public async Task SignOffAsync_RecordsReviewerRevisionAndDate()
    {
        var (_, store) = await CreateStoresAsync();
        var id = await store.SaveRevisionAsync("piece", "Piece", "# text", "ana", At, "", EditorialStates.InReview);

        Assert.True(await store.SignOffAsync("piece", id, "Dr Li Wei", new DateOnly(2026, 3, 5), new AuditEntry(At, "Dr Li Wei", "signed off", "piece", $"revision {id}")));
        await store.SetStateAsync("piece", EditorialStates.Published);

        var state = await store.GetStateAsync("piece");
        Assert.Equal((EditorialStates.Published, (long?)id, "Dr Li Wei", (DateOnly?)new DateOnly(2026, 3, 5)),
            (state!.State, state.SignedOffRevision, state.SignedOffBy, state.SignedOffOn));
    }

    [ProviderFact]
    public async Task SignOffAsync_NewerRevisionSaved_WritesNothing()
    {
        var (_, store) = await CreateStoresAsync();
        var first = await store.SaveRevisionAsync("piece", "Piece", "# one", "ana", At, "", EditorialStates.InReview);
        await store.SaveRevisionAsync("piece", "Piece", "# two", "ana", At, "", EditorialStates.InReview);

        Assert.False(await store.SignOffAsync("piece", first, "Dr Li Wei", new DateOnly(2026, 3, 5), new AuditEntry(At, "Dr Li Wei", "signed off", "piece", "revision 1")));

        Assert.Null((await store.GetStateAsync("piece"))!.SignedOffRevision);
        Assert.Empty(await store.ListAuditAsync(10));
    }

    [ProviderFact]
    public async Task ReserveSignInAttemptAsync_CountsUntilBlocked_ClearStartsAgain()
    {
        var (_, store) = await CreateStoresAsync();
        TimeSpan? Delay(int n) => n >= 3 ? TimeSpan.FromMinutes(1) : null;

        var admitted = new List<bool>();
        for (var i = 0; i < 5; i++)
        {
            admitted.Add(await store.ReserveSignInAttemptAsync("ANA\n192.0.2.1", At, Delay));
        }

        Assert.Equal([true, true, true, false, false], admitted);
        Assert.True(await store.ReserveSignInAttemptAsync("ANA\n192.0.2.2", At, Delay));
        Assert.True(await store.ReserveSignInAttemptAsync("ANA\n192.0.2.1", At.AddMinutes(1), Delay));
        await store.ClearSignInAttemptsAsync("ANA\n192.0.2.1");
        Assert.True(await store.ReserveSignInAttemptAsync("ANA\n192.0.2.1", At.AddMinutes(1), Delay));
    }

    [ProviderFact]
    public async Task UpdateAndRemoveUser_ChangeRolePasswordAndStamp()
    {
        var (_, store) = await CreateStoresAsync();
        var user = await store.AddUserAsync("ana", "Dr Ana", EditorRole.Reviewer, "hash-1");

        Assert.True(await store.UpdateUserAsync("ANA", EditorRole.Editor, null, "stamp-2"));
        var changed = await store.FindUserByIdAsync(user.Id);
        Assert.Equal((EditorRole.Editor, "hash-1", "stamp-2"), (changed!.Role, changed.PasswordHash, changed.SecurityStamp));
        Assert.NotEqual("", user.SecurityStamp);

        Assert.True(await store.RemoveUserAsync("ana"));
        Assert.False(await store.RemoveUserAsync("ana"));
        Assert.Null(await store.FindUserAsync("ana"));
    }

    [ProviderFact]
    public async Task ListStatesAsync_ShowsOwnPublishedArticlesAndWorkflowOnlyArticlesByTitle()
    {
        var (content, store) = await CreateStoresAsync();
        await content.ApplyAsync(Batch(
            Article("zeta", "Zeta published"),
            Article("third", "Alpha third party", attribution: new Vertebra.Content.Model.Attribution("NIH", "https://example.org", "CC BY 4.0"))));
        await store.SaveRevisionAsync("draft-one", "beta draft", "# b", "ana", At, "", EditorialStates.Draft);

        var states = await store.ListStatesAsync();

        Assert.Equal(["draft-one", "zeta"], states.Select(s => s.Slug));
        Assert.True(states[1].IsPublished);
        Assert.Equal(EditorialStates.Published, states[1].State);
        Assert.False(states[0].IsPublished);
    }

    [ProviderFact]
    public async Task Dismissals_AreListedPerArticleInTheOrderAdded()
    {
        var (_, store) = await CreateStoresAsync();
        var one = new ClaimDismissal("piece", "cure", "cures back pain", "quoted to refute it", "Dr Li", At);
        var two = new ClaimDismissal("piece", "disc", "slipped disc", "common name", "Dr Li", At.AddMinutes(1));
        await store.AddDismissalAsync(one);
        await store.AddDismissalAsync(two);
        await store.AddDismissalAsync(one with { Slug = "other" });

        Assert.Equal([one, two], await store.ListDismissalsAsync("piece"));
    }

    [ProviderFact]
    public async Task ListAuditAsync_GivesTheNewestEntriesFirstUpToTheLimit()
    {
        var (_, store) = await CreateStoresAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.AppendAuditAsync(new AuditEntry(At.AddMinutes(i), "ana", "sign-in", "ana", $"#{i}"));
        }

        var entries = await store.ListAuditAsync(3);

        Assert.Equal(["#4", "#3", "#2"], entries.Select(e => e.Detail));
        Assert.Equal(At.AddMinutes(4), entries[0].At);
    }
}
