using Dapper;
using Microsoft.Data.Sqlite;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Storage.Tests;

/// <summary>The store contract on SQLite, one temp-file database per test.</summary>
public sealed class SqliteContentStoreTests : ContentStoreContractTests, IDisposable
{
    private readonly TempContentFolder _folder = new();

    protected override Task<IContentStore> CreateStoreAsync() =>
        Task.FromResult<IContentStore>(new SqliteContentStore(Path.Combine(_folder.Path, "db", $"content-{Guid.NewGuid():N}.db")));

    [Fact]
    public async Task MigrateAsync_CalledTwice_RecordsEachSchemaStepOnce()
    {
        var store = (SqliteContentStore)await CreateStoreAsync();
        await store.MigrateAsync();
        await store.MigrateAsync();

        await using var connection = await store.OpenAsync(CancellationToken.None);
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(SqliteMigrations.All.Select(m => m.Version), versions);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.True(File.Exists(store.DatabasePath));
    }

    [Fact]
    public async Task AppliedContent_IsSeenByAnotherStoreOnTheSameFile()
    {
        var path = Path.Combine(_folder.Path, "shared.db");
        var first = new SqliteContentStore(path);
        await first.MigrateAsync();
        await first.ApplyAsync(ContentBuilders.Batch(ContentBuilders.Article("kept")));

        var second = new SqliteContentStore(path);
        await second.MigrateAsync();

        Assert.NotNull(await second.GetArticleAsync("kept"));
        Assert.Equal(1, (await second.CountAsync()).Articles);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
