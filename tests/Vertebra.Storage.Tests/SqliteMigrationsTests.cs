using Vertebra.Storage.Sqlite;

namespace Vertebra.Storage.Tests;

public sealed class SqliteMigrationsTests
{
    [Fact]
    public void Migrations_VersionsAreUniqueAndIncreasingFromOne()
    {
        var versions = SqliteMigrations.All.Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }
}
