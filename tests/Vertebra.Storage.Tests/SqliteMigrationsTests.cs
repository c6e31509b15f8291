using Dapper;
using Vertebra.Storage.Sql;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Storage.Tests;

public sealed class SqliteMigrationsTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    [Fact]
    public void Migrations_VersionsAreUniqueAndIncreasingFromOne()
    {
        // Branches reserve step numbers, so the list may have gaps (5 and 6 before 7 lands); never repeats or goes back.
        var versions = SqliteMigrations.All.Select(m => m.Version).ToList();
        Assert.Equal(1, versions[0]);
        Assert.All(versions.Zip(versions.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"step {pair.Second} follows {pair.First}"));
    }

    [Fact]
    public void Pending_StepBelowTheHighestApplied_IsStillPending()
    {
        IReadOnlyList<(int Version, string Sql)> all = [(1, "a"), (5, "b"), (7, "c"), (9, "d")];

        var pending = SchemaSteps.Pending(all, [1, 7]);

        Assert.Equal([5, 9], pending.Select(p => p.Version));
    }

    [Fact]
    public async Task MigrateAsync_DatabaseThatRanALaterStepFirst_StillGetsTheMissingStep()
    {
        var store = new SqliteContentStore(Path.Combine(_folder.Path, "gap.db"));
        await store.MigrateAsync();
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            // As if this database had run a step numbered above 7 (from another branch) before step 7 existed.
            await connection.ExecuteAsync("DROP TABLE meaning_vectors; DELETE FROM schema_version WHERE version = 7; INSERT INTO schema_version (version) VALUES (99);");
        }

        await store.MigrateAsync();

        await using var check = await store.OpenAsync(CancellationToken.None);
        Assert.Equal(1L, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meaning_vectors'"));
        Assert.Equal(1L, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version WHERE version = 7"));
    }

    public void Dispose() => _folder.Dispose();
}
