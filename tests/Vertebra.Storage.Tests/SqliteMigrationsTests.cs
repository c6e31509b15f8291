using Vertebra.Storage.Sqlite;

namespace Vertebra.Storage.Tests;

public sealed class SqliteMigrationsTests
{
    [Fact]
    public void Migrations_VersionsAreUniqueAndIncreasingFromOne()
    {
        // Gaps are allowed: branches reserve step numbers, and migration applies every step not yet recorded.
        var versions = SqliteMigrations.All.Select(m => m.Version).ToList();
        Assert.Equal(1, versions[0]);
        Assert.Equal(versions.Order().Distinct(), versions);
    }
}
