using Vertebra.Storage.Editorial;
using Vertebra.Storage.Postgres;

using Vertebra.Tests.Shared;

namespace Vertebra.Storage.Tests;

/// <summary>The editorial contract on PostgreSQL, one fresh schema per test; skipped unless VERTEBRA_TEST_POSTGRES is set.</summary>
public sealed class PostgresEditorialStoreTests : EditorialStoreContractTests, IAsyncLifetime
{
    private readonly List<(PostgresContentStore Store, string ConnectionString)> _stores = [];

    public static string? SkipReason => PostgresTestDatabase.SkipReason;

    protected override async Task<(IContentStore Content, IEditorialStore Editorial)> CreateStoresAsync()
    {
        var connectionString = await PostgresTestDatabase.CreateSchemaAsync();
        var content = new PostgresContentStore(connectionString);
        _stores.Add((content, connectionString));
        await content.MigrateAsync();
        return (content, new PostgresEditorialStore(content));
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
