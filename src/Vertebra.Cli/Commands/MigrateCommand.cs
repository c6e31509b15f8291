using System.CommandLine;
using Vertebra.Storage;
using Vertebra.Storage.Copying;
using Vertebra.Storage.Postgres;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Cli.Commands;

/// <summary>
/// <c>vertebra migrate --from sqlite:PATH --to postgres:CONNSTRING [--force]</c>: copies a whole store into
/// PostgreSQL, checks every table by row count and checksum, and keeps the copy only if all of them match.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = new Option<string>("--from") { Description = "The SQLite store to copy: sqlite:PATH (for example sqlite:~/.local/share/vertebra/vertebra.db).", Required = true };
        var to = new Option<string>("--to") { Description = "The PostgreSQL database to fill: postgres:\"Host=...;Database=...;Username=...\".", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace everything already in the target database." };
        var command = new Command("migrate", "Copy a whole store (content, people, revisions, audit log) from SQLite to PostgreSQL, checked table by table.")
        {
            from, to, force,
        };
        command.SetAction(async (result, cancellationToken) =>
            await RunAsync(result.GetValue(from)!, result.GetValue(to)!, result.GetValue(force), output, error, cancellationToken).ConfigureAwait(false));
        return command;
    }

    internal static async Task<int> RunAsync(string from, string to, bool force, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        StoreLocation source, target;
        try
        {
            source = StoreLocation.Parse(ExpandHome(from), Environment.CurrentDirectory);
            target = StoreLocation.Parse(to, Environment.CurrentDirectory);
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }

        if (source.IsPostgres || !target.IsPostgres)
        {
            await error.WriteLineAsync("migrate copies from SQLite to PostgreSQL: use --from sqlite:PATH --to postgres:CONNSTRING.").ConfigureAwait(false);
            return 2;
        }

        await output.WriteLineAsync($"Copying {source.Describe()} to {target.Describe()}...").ConfigureAwait(false);
        await using var postgres = new PostgresContentStore(target.Target);
        try
        {
            var report = await StoreCopier.CopyAsync(new SqliteContentStore(source.Target), postgres, force, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var table in report.Tables)
            {
                await output.WriteLineAsync($"  {table.Table,-20} {table.Rows,8} rows  checksum {table.Checksum}  matches").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"Copied and checked {report.TotalRows} rows in {report.Tables.Count} tables. Content version is now {report.ContentVersion}.").ConfigureAwait(false);
            return 0;
        }
        catch (StoreCopyException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static string ExpandHome(string value) =>
        value.StartsWith("sqlite:~/", StringComparison.Ordinal)
            ? "sqlite:" + Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), value["sqlite:~/".Length..])
            : value;
}
