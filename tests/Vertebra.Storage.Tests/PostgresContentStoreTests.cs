using Dapper;
using Vertebra.Storage.Postgres;

using Vertebra.Tests.Shared;

namespace Vertebra.Storage.Tests;

/// <summary>The store contract on PostgreSQL, one fresh schema per store; skipped unless VERTEBRA_TEST_POSTGRES is set.</summary>
public sealed class PostgresContentStoreTests : ContentStoreContractTests, IAsyncLifetime
{
    private readonly List<(PostgresContentStore Store, string ConnectionString)> _stores = [];

    public static string? SkipReason => PostgresTestDatabase.SkipReason;

    protected override async Task<IContentStore> CreateStoreAsync() => await NewPostgresStoreAsync();

    private async Task<PostgresContentStore> NewPostgresStoreAsync()
    {
        var connectionString = await PostgresTestDatabase.CreateSchemaAsync();
        var store = new PostgresContentStore(connectionString);
        _stores.Add((store, connectionString));
        return store;
    }

    [ProviderFact]
    public async Task MigrateAsync_CalledTwice_RecordsEachSchemaStepOnce()
    {
        var store = await NewPostgresStoreAsync();
        await store.MigrateAsync();
        await store.MigrateAsync();

        await using var connection = await store.OpenAsync(CancellationToken.None);
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(PostgresMigrations.All.Select(m => m.Version), versions);
    }

    [ProviderFact]
    public async Task MigrateAsync_ManyNodesAtOnce_AppliesEachStepOnce()
    {
        var first = await NewPostgresStoreAsync();
        var others = Enumerable.Range(0, 5).Select(_ => new PostgresContentStore(first.ConnectionString)).ToList();
        try
        {
            await Task.WhenAll(others.Select(s => s.MigrateAsync()).Append(first.MigrateAsync()));

            await using var connection = await first.OpenAsync(CancellationToken.None);
            var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
            Assert.Equal(PostgresMigrations.All.Select(m => m.Version), versions);
        }
        finally
        {
            foreach (var other in others)
            {
                await other.DisposeAsync();
            }
        }
    }

    [ProviderFact]
    public async Task ApplyAsync_ChangedContent_IsAnnouncedOnTheContentChannelAfterCommit()
    {
        var store = await NewPostgresStoreAsync();
        await store.MigrateAsync();
        await using var listener = new Npgsql.NpgsqlConnection(store.ConnectionString);
        await listener.OpenAsync();
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        listener.Notification += (_, e) => heard.TrySetResult(e.Payload);
        await listener.ExecuteAsync($"LISTEN {PostgresContentStore.ContentChannel}");

        await store.ApplyAsync(ContentBuilders.Batch(ContentBuilders.Article("heard")));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await listener.WaitAsync(timeout.Token);
        var payload = await heard.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal((await store.GetContentVersionAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture), payload);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (store, connectionString) in _stores)
        {
            await store.DisposeAsync();
            await PostgresTestDatabase.DropSchemaAsync(connectionString);
        }
    }
}
