using System.Data.Common;
using Npgsql;
using Vertebra.Storage.Editorial;
using Vertebra.Storage.Postgres;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Storage;

/// <summary>
/// Which database a store lives in, read from one setting: empty means the SQLite file in the data folder (the default);
/// <c>sqlite:PATH</c> a SQLite file; <c>postgres:CONNSTRING</c> or a bare PostgreSQL connection string
/// (<c>Host=...;Database=...</c>) a PostgreSQL database.
/// </summary>
public sealed class StoreLocation
{
    private StoreLocation(bool isPostgres, string target)
    {
        IsPostgres = isPostgres;
        Target = target;
    }

    /// <summary>True for PostgreSQL, false for SQLite.</summary>
    public bool IsPostgres { get; }

    /// <summary>The SQLite file path or the PostgreSQL connection string.</summary>
    public string Target { get; }

    /// <summary>Reads a <c>--database</c> value; <paramref name="dataDirectory"/> gives the default SQLite file.</summary>
    /// <exception cref="DatabaseSettingException">The value looks like a PostgreSQL connection string but is not a valid one.</exception>
    public static StoreLocation Parse(string? database, string dataDirectory)
    {
        var value = database?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return Sqlite(Path.Combine(dataDirectory, "vertebra.db"));
        }

        if (value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite(value["sqlite:".Length..]);
        }

        foreach (var prefix in new[] { "postgres:", "postgresql:" })
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && !value.StartsWith(prefix + "//", StringComparison.OrdinalIgnoreCase))
            {
                return Postgres(value[prefix.Length..]);
            }
        }

        return value.Contains('=', StringComparison.Ordinal) ? Postgres(value) : Sqlite(value);
    }

    /// <summary>Where the data is, without any password: safe to print and log.</summary>
    public string Describe()
    {
        if (!IsPostgres)
        {
            return $"SQLite file {Path.GetFullPath(Target)}";
        }

        var builder = new NpgsqlConnectionStringBuilder(Target);
        return $"PostgreSQL database {builder.Database ?? builder.Username ?? "(default)"} on {builder.Host}:{builder.Port}" +
               (string.IsNullOrEmpty(builder.SearchPath) ? "" : $" (schema {builder.SearchPath})");
    }

    /// <summary>On PostgreSQL, opens one connection to see that the server answers and lets us in; on SQLite does nothing.</summary>
    /// <exception cref="DatabaseUnavailableException">The server did not answer, or refused the connection; the message says which.</exception>
    public async Task CheckReachableAsync(CancellationToken cancellationToken = default)
    {
        if (!IsPostgres)
        {
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(Target) { Pooling = false };
        if (builder.Timeout == 15)
        {
            builder.Timeout = 5;
        }

        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when ((ex is NpgsqlException or InvalidOperationException or ArgumentException) && !cancellationToken.IsCancellationRequested)
        {
            throw new DatabaseUnavailableException($"Could not connect to the {Describe()}: {Reason(ex)}", ex);
        }
    }

    /// <summary>A driver error in one line: its message, and the network's when it adds something.</summary>
    public static string Reason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = exception.Message.TrimEnd('.');
        if (exception.InnerException is { } inner && !reason.Contains(inner.Message.TrimEnd('.'), StringComparison.Ordinal))
        {
            reason += $" ({inner.Message.TrimEnd('.')})";
        }

        return reason.ReplaceLineEndings(" ") + ".";
    }

    /// <summary>Opens the content store and the editorial store over this database (not yet migrated).</summary>
    public (IContentStore Content, IEditorialStore Editorial) Open()
    {
        if (IsPostgres)
        {
            var postgres = new PostgresContentStore(Target);
            return (postgres, new PostgresEditorialStore(postgres));
        }

        var sqlite = new SqliteContentStore(Target);
        return (sqlite, new SqliteEditorialStore(sqlite));
    }

    private static StoreLocation Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path, "database");
        return new StoreLocation(false, Path.GetFullPath(path));
    }

    private static StoreLocation Postgres(string connectionString)
    {
        if (ProblemWith(connectionString) is { } problem)
        {
            throw new DatabaseSettingException(
                $"The database setting is not a PostgreSQL connection string such as \"Host=db1;Database=vertebra;Username=vertebra\": {problem}.");
        }

        return new StoreLocation(true, connectionString);
    }

    /// <summary>What is wrong with a connection string, naming the setting but never its value (it may be a password).</summary>
    private static string? ProblemWith(string connectionString)
    {
        var settings = new DbConnectionStringBuilder();
        try
        {
            settings.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            return "it is not a list of Key=Value settings separated by semicolons";
        }

        var npgsql = new NpgsqlConnectionStringBuilder();
        foreach (string key in settings.Keys)
        {
            try
            {
                npgsql[key] = settings[key];
            }
            catch (ArgumentException ex) when (ex.InnerException is KeyNotFoundException)
            {
                return $"\"{key}\" is not a PostgreSQL connection setting";
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                return $"the value of \"{key}\" is not valid";
            }
        }

        return string.IsNullOrWhiteSpace(npgsql.Host) ? "it names no Host (the database server)" : null;
    }
}
