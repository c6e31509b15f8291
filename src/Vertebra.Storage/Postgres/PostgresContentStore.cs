using Dapper;
using Npgsql;
using System.Data.Common;
using Vertebra.Storage.Sql;

namespace Vertebra.Storage.Postgres;

/// <summary>
/// The store on PostgreSQL, for several web nodes over one database. Same tables, same queries and answers as
/// <see cref="Sqlite.SqliteContentStore"/> (<see cref="DapperContentStore"/>); this adds the connection pool, migrations
/// under an advisory lock, and which driver errors mean the server is not answering.
/// </summary>
public sealed class PostgresContentStore : DapperContentStore, IAsyncDisposable, IDisposable
{
    /// <summary>The channel a committed content change is announced on (payload: the new content version).</summary>
    public const string ContentChannel = "vertebra_content";

    // Two-int advisory lock key: (Vertebra, schema). Only one node migrates a schema at a time.
    private const int MigrationLockClass = 0x5665_7274;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresContentStore(string connectionString)
        : base(SqlDialect.Postgres)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Timeout == 15)
        {
            builder.Timeout = 5;
        }

        ConnectionString = builder.ConnectionString;
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    /// <summary>The connection string in use (passwords included: do not log it).</summary>
    public string ConnectionString { get; }

    public override async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Held until commit: a second node starting at the same moment waits here, then finds nothing left to do.
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@cls, hashtext(current_schema()))",
            new { cls = MigrationLockClass }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var applied = await connection.QueryAsync<int>(new CommandDefinition("SELECT version FROM schema_version",
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var (version, sql) in SchemaSteps.Pending(PostgresMigrations.All, applied))
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO schema_version (version) VALUES (@version)", new { version }, transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    internal ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _dataSource.OpenConnectionAsync(cancellationToken);

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Lost or refused connections and server shutdowns; not a bad query or a broken constraint.</summary>
    private protected override bool IsOutage(Exception exception) => exception is NpgsqlException { IsTransient: true };

    private protected override string DescribeForErrors()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
    }
}
