using Microsoft.Data.Sqlite;
using Vertebra.Storage.Editorial;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Storage.Tests;

/// <summary>The editorial contract on SQLite, one temp-file database per test.</summary>
public sealed class SqliteEditorialStoreTests : EditorialStoreContractTests, IDisposable
{
    private readonly TempContentFolder _folder = new();

    protected override async Task<(IContentStore Content, IEditorialStore Editorial)> CreateStoresAsync()
    {
        var content = new SqliteContentStore(Path.Combine(_folder.Path, $"editorial-{Guid.NewGuid():N}.db"));
        await content.MigrateAsync();
        return (content, new SqliteEditorialStore(content));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
