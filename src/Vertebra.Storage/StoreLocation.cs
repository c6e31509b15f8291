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
    /// <exception cref="ArgumentException">The value is neither a SQLite path nor a PostgreSQL connection string.</exception>
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
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"This is not a PostgreSQL connection string such as \"Host=db1;Database=vertebra;Username=vertebra\": {ex.Message}", "database", ex);
        }

        return new StoreLocation(true, connectionString);
    }
}
