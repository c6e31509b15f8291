using Microsoft.Data.Sqlite;
using Vertebra.Content.Import;
using Vertebra.Storage.Copying;
using Vertebra.Storage.Editorial;
using Vertebra.Storage.Postgres;
using Vertebra.Storage.Sqlite;
using Vertebra.Tests.Shared;

namespace Vertebra.Storage.Tests;

/// <summary>Copying a whole SQLite store into PostgreSQL; skipped unless VERTEBRA_TEST_POSTGRES is set.</summary>
public sealed class StoreCopierTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempContentFolder _folder = new();
    private readonly List<(PostgresContentStore Store, string ConnectionString)> _targets = [];

    public static string? SkipReason => PostgresTestDatabase.SkipReason;

    [ProviderFact]
    public async Task CopyAsync_BundledStoreWithEditorialData_ReadsBackExactlyTheSame()
    {
        var source = await FilledSqliteAsync();
        var target = await NewTargetAsync();

        var report = await StoreCopier.CopyAsync(source, target, force: false);

        Assert.Equal(await StoreSnapshot.TakeAsync(source), await StoreSnapshot.TakeAsync(target));
        var (from, to) = (new SqliteEditorialStore(source), new PostgresEditorialStore(target));
        Assert.Equal(await from.ListStatesAsync(), await to.ListStatesAsync());
        Assert.Equal(await from.ListRevisionsAsync("draft-piece"), await to.ListRevisionsAsync("draft-piece"));
        Assert.Equal(await from.ListAuditAsync(100), await to.ListAuditAsync(100));
        Assert.Equal(await from.ListDismissalsAsync("draft-piece"), await to.ListDismissalsAsync("draft-piece"));
        Assert.Equal(await from.FindUserAsync("ana"), await to.FindUserAsync("ana"));
        Assert.Equal(CopiedTables.All.Count, report.Tables.Count);
        Assert.Equal((await source.CountAsync()).Articles, report.Tables.Single(t => t.Table == "articles").Rows);
        Assert.True(await target.GetContentVersionAsync() > await source.GetContentVersionAsync());
    }

    [ProviderFact]
    public async Task CopyAsync_ThenAddingPeopleAndRevisions_ContinuesAfterTheCopiedIds()
    {
        var source = await FilledSqliteAsync();
        var target = await NewTargetAsync();
        await StoreCopier.CopyAsync(source, target, force: false);
        var editorial = new PostgresEditorialStore(target);

        var user = await editorial.AddUserAsync("ben", "Ben", EditorRole.Editor, "hash");
        var revision = await editorial.SaveRevisionAsync("draft-piece", "Draft piece", "# three", "ben", At, "", EditorialStates.Draft);

        Assert.True(user.Id > (await editorial.FindUserAsync("ana"))!.Id);
        Assert.Equal(revision, (await editorial.ListRevisionsAsync("draft-piece"))[0].Id);
    }

    [ProviderFact]
    public async Task CopyAsync_TargetNotEmpty_IsRefusedAndLeavesTheTargetAsItWas()
    {
        var source = await FilledSqliteAsync();
        var target = await NewTargetAsync();
        await target.MigrateAsync();
        await target.ApplyAsync(ContentBuilders.Batch(ContentBuilders.Article("already-here")));
        var before = await StoreSnapshot.TakeAsync(target);

        var refused = await Assert.ThrowsAsync<StoreCopyException>(() => StoreCopier.CopyAsync(source, target, force: false));

        Assert.Contains("--force", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(target));
    }

    [ProviderFact]
    public async Task CopyAsync_TargetNotEmptyWithForce_ReplacesItWithTheSource()
    {
        var source = await FilledSqliteAsync();
        var target = await NewTargetAsync();
        await target.MigrateAsync();
        await target.ApplyAsync(ContentBuilders.Batch(ContentBuilders.Article("already-here")));

        await StoreCopier.CopyAsync(source, target, force: true);

        Assert.Null(await target.GetArticleAsync("already-here"));
        Assert.Equal(await StoreSnapshot.TakeAsync(source), await StoreSnapshot.TakeAsync(target));
    }

    private async Task<SqliteContentStore> FilledSqliteAsync()
    {
        var store = new SqliteContentStore(Path.Combine(_folder.Path, $"source-{Guid.NewGuid():N}.db"));
        await store.MigrateAsync();
        var batch = MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None);
        batch.QaPairs.Add(ContentBuilders.Pair("Q2", batch.Articles[0].Slug));
        batch.QaPairs.Add(ContentBuilders.Pair("Q1", batch.Articles[0].Slug));
        await store.ApplyAsync(batch);
        var editorial = new SqliteEditorialStore(store);
        await editorial.AddUserAsync("ana", "Dr Ana", EditorRole.Admin, "hash");
        await editorial.SaveRevisionAsync("draft-piece", "Draft piece", "# one", "ana", At, "first", EditorialStates.Draft);
        var second = await editorial.SaveRevisionAsync("draft-piece", "Draft piece", "# two", "ana", At.AddHours(1), "second", EditorialStates.InReview);
        await editorial.SignOffAsync("draft-piece", second, "Dr Ana", new DateOnly(2026, 5, 2), new AuditEntry(At, "Dr Ana", "signed off", "draft-piece", "revision 2"));
        await editorial.AddDismissalAsync(new ClaimDismissal("draft-piece", "cure", "cures", "quoted", "Dr Ana", At));
        await editorial.AppendAuditAsync(new AuditEntry(At, "ana", "sign-off", "draft-piece", "revision 2"));
        return store;
    }

    private async Task<PostgresContentStore> NewTargetAsync()
    {
        var connectionString = await PostgresTestDatabase.CreateSchemaAsync();
        var store = new PostgresContentStore(connectionString);
        _targets.Add((store, connectionString));
        return store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (store, connectionString) in _targets)
        {
            await store.DisposeAsync();
            await PostgresTestDatabase.DropSchemaAsync(connectionString);
        }

        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
