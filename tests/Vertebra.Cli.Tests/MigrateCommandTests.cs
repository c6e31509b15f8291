using Npgsql;
using Vertebra.Cli.Commands;
using Vertebra.Content.Import;
using Vertebra.Storage.Postgres;
using Vertebra.Tests.Shared;

namespace Vertebra.Cli.Tests;

public sealed class MigrateCommandTests
{
    private static async Task<(int Code, string Out, string Err)> MigrateAsync(string from, string to, bool force = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await MigrateCommand.RunAsync(from, to, force, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Migrate_FromPostgresToSqlite_IsRefusedWithTheRightDirection()
    {
        var result = await MigrateAsync("postgres:Host=127.0.0.1;Database=x", "sqlite:/tmp/x.db");

        Assert.Equal(2, result.Code);
        Assert.Contains("--from sqlite:PATH --to postgres:CONNSTRING", result.Err, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Migrate_BundledStore_CopiesEveryTableAndRefusesASecondRunWithoutForce()
    {
        using var temp = new TempStore();
        await temp.Store.MigrateAsync();
        await temp.Store.ApplyAsync(MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None));
        var database = await PostgresTestDatabase.CreateSchemaAsync();
        try
        {
            var first = await MigrateAsync("sqlite:" + temp.Store.DatabasePath, "postgres:" + database);
            var again = await MigrateAsync("sqlite:" + temp.Store.DatabasePath, "postgres:" + database);
            var forced = await MigrateAsync("sqlite:" + temp.Store.DatabasePath, "postgres:" + database, force: true);

            Assert.True(first.Code == 0, first.Err);
            Assert.Contains("articles", first.Out, StringComparison.Ordinal);
            Assert.Contains("matches", first.Out, StringComparison.Ordinal);
            Assert.Equal(1, again.Code);
            Assert.Contains("--force", again.Err, StringComparison.Ordinal);
            Assert.True(forced.Code == 0, forced.Err);
            await using var target = new PostgresContentStore(database);
            Assert.Equal(await temp.Store.CountAsync(), await target.CountAsync());
            Assert.DoesNotContain(new NpgsqlConnectionStringBuilder(database).Password ?? "\u0000", first.Out, StringComparison.Ordinal);
        }
        finally
        {
            await PostgresTestDatabase.DropSchemaAsync(database);
        }
    }
}
