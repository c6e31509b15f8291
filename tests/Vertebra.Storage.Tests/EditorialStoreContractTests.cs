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
        await store.SaveRevisionAsync("piece", "Piece", "text", "Ana", At, "", EditorialStates.InReview);
        var before = await content.GetContentVersionAsync();

        await store.PublishAsync(Article("piece"), new AuditEntry(At, "Dr Li", "published", "piece", "revision 1"));

        Assert.NotNull(await content.GetArticleAsync("piece"));
        Assert.Equal(EditorialStates.Published, (await store.GetStateAsync("piece"))!.State);
        Assert.Equal("published", Assert.Single(await store.ListAuditAsync(10)).Action);
        Assert.True(await content.GetContentVersionAsync() > before);
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

        await store.SignOffAsync("piece", id, "Dr Li Wei", new DateOnly(2026, 3, 5));
        await store.SetStateAsync("piece", EditorialStates.Published);

        var state = await store.GetStateAsync("piece");
        Assert.Equal((EditorialStates.Published, (long?)id, "Dr Li Wei", (DateOnly?)new DateOnly(2026, 3, 5)),
            (state!.State, state.SignedOffRevision, state.SignedOffBy, state.SignedOffOn));
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
