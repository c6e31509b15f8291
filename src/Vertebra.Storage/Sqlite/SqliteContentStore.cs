using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Vertebra.Storage.Sql;

namespace Vertebra.Storage.Sqlite;

/// <summary>
/// The embedded default: one SQLite file in write-ahead-log mode. Reads open a pooled connection each; writes are one
/// transaction per batch. The queries are <see cref="DapperContentStore"/>'s; this adds the file, its pragmas and migrations.
/// </summary>
public sealed class SqliteContentStore : DapperContentStore
{
    private readonly string _connectionString;

    public SqliteContentStore(string databasePath)
        : base(SqlDialect.Sqlite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public override async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            PrivateFiles.CreateFolder(folder);
        }

        PrivateFiles.CreateFile(DatabasePath); // password hashes live here: 600, and SQLite gives -wal and -shm the same mode
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)").ConfigureAwait(false);
        var applied = await connection.QueryAsync<int>("SELECT version FROM schema_version").ConfigureAwait(false);
        foreach (var (version, sql) in SchemaSteps.Pending(SqliteMigrations.All, applied))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(sql, transaction: transaction).ConfigureAwait(false);
            await connection.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@version)", new { version }, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return connection;
    }

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Busy or locked past the timeout (another process holds the file), or the file cannot be opened.</summary>
    private protected override bool IsOutage(Exception exception) => exception is SqliteException { SqliteErrorCode: 5 or 6 or 14 };

    private protected override string DescribeForErrors() => $"SQLite file {DatabasePath}";
}
