using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Vertebra.Storage.Postgres;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Storage.Copying;

/// <summary>
/// Copies a whole SQLite store (content and editorial tables) into a PostgreSQL database in one transaction, then
/// compares row counts and checksums of every table on both sides before committing. A target that already holds
/// anything is refused unless <c>force</c> is given, in which case its tables are emptied in the same transaction.
/// </summary>
public static class StoreCopier
{
    /// <exception cref="StoreCopyException">The copy was refused or failed; nothing was changed. The message says why.</exception>
    public static async Task<StoreCopyReport> CopyAsync(SqliteContentStore source, PostgresContentStore target, bool force, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        try
        {
            return await CopyCheckedAsync(source, target, force, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreCopyException($"PostgreSQL did not accept the copy, so nothing was changed: {ex.Message}", ex);
        }
    }

    private static async Task<StoreCopyReport> CopyCheckedAsync(SqliteContentStore source, PostgresContentStore target, bool force, IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(source.DatabasePath))
        {
            throw new StoreCopyException($"There is no SQLite database at {source.DatabasePath}.");
        }

        await source.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await target.MigrateAsync(cancellationToken).ConfigureAwait(false);

        await using var from = await source.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var read = (SqliteTransaction)await from.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var to = await target.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var write = await to.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var names = string.Join(", ", CopiedTables.All.Select(t => t.Name));
        if (!force)
        {
            var existing = await to.ExecuteScalarAsync<long>(new CommandDefinition(
                string.Join(" + ", CopiedTables.All.Select(t => $"(SELECT COUNT(*) FROM {t.Name})")).Insert(0, "SELECT "), transaction: write,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (existing > 0)
            {
                throw new StoreCopyException($"The target database already holds {existing} rows. Nothing was copied; add --force to replace them.");
            }
        }

        await to.ExecuteAsync(new CommandDefinition($"TRUNCATE {names} RESTART IDENTITY", transaction: write, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var types = await ColumnTypesAsync(to, write, cancellationToken).ConfigureAwait(false);
        foreach (var table in CopiedTables.All)
        {
            progress?.Report(table.Name);
            await CopyTableAsync(from, read, to, table, types, cancellationToken).ConfigureAwait(false);
        }

        foreach (var table in CopiedTables.WithIdentity)
        {
            await to.ExecuteAsync(new CommandDefinition(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)",
                transaction: write, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        // The target's version moves past both sides, so every node rebuilds its index; NOTIFY tells them on commit.
        var sourceVersion = await from.ExecuteScalarAsync<long>(new CommandDefinition("SELECT version FROM content_version WHERE id = 1", transaction: read,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var version = await to.ExecuteScalarAsync<long>(new CommandDefinition(
            "WITH v AS (UPDATE content_version SET version = GREATEST(version, @sourceVersion) + 1 WHERE id = 1 RETURNING version) " +
            $"SELECT v.version FROM v CROSS JOIN LATERAL (SELECT pg_notify('{PostgresContentStore.ContentChannel}', v.version::text)) n",
            new { sourceVersion }, write, cancellationToken: cancellationToken)).ConfigureAwait(false);

        var report = new List<TableCopy>();
        foreach (var table in CopiedTables.All)
        {
            var expected = await TableChecksum.ComputeAsync(from, read, table, table.Key, cancellationToken).ConfigureAwait(false);
            var actual = await TableChecksum.ComputeAsync(to, write, table, table.PostgresOrder, cancellationToken).ConfigureAwait(false);
            if (expected != actual)
            {
                throw new StoreCopyException(
                    $"Table {table.Name} did not copy exactly (source {expected.Rows} rows, checksum {expected.Checksum}; target {actual.Rows} rows, checksum {actual.Checksum}). Nothing was kept.");
            }

            report.Add(new TableCopy(table.Name, actual.Rows, actual.Checksum));
        }

        await write.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoreCopyReport(report, version);
    }

    private static async Task<Dictionary<(string Table, string Column), string>> ColumnTypesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string Table, string Column, string Type)>(new CommandDefinition(
            "SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns WHERE table_schema = current_schema()",
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => (r.Table, r.Column), r => r.Type);
    }

    private static async Task CopyTableAsync(SqliteConnection from, SqliteTransaction read, NpgsqlConnection to, CopiedTable table,
        Dictionary<(string Table, string Column), string> types, CancellationToken cancellationToken)
    {
        var columnTypes = table.Columns.Select(c => types.TryGetValue((table.Name, c), out var t)
            ? t switch
            {
                "integer" => NpgsqlDbType.Integer,
                "bigint" => NpgsqlDbType.Bigint,
                _ => NpgsqlDbType.Text,
            }
            : throw new StoreCopyException($"The target has no column {table.Name}.{c}; is it a Vertebra database?")).ToArray();

        await using var command = from.CreateCommand();
        command.Transaction = read;
        command.CommandText = $"SELECT {string.Join(", ", table.Columns)} FROM {table.Name} ORDER BY {table.SourceOrder}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var importer = await to.BeginBinaryImportAsync(
            $"COPY {table.Name} ({string.Join(", ", table.Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < columnTypes.Length; i++)
            {
                if (await reader.IsDBNullAsync(i, cancellationToken).ConfigureAwait(false))
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                switch (columnTypes[i])
                {
                    case NpgsqlDbType.Integer:
                        await importer.WriteAsync(checked((int)reader.GetInt64(i)), NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                        break;
                    case NpgsqlDbType.Bigint:
                        await importer.WriteAsync(reader.GetInt64(i), NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        await importer.WriteAsync(reader.GetString(i), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                        break;
                }
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
