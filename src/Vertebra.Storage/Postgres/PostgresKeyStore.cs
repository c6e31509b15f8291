using System.Globalization;
using Dapper;

namespace Vertebra.Storage.Postgres;

/// <summary>
/// The Data Protection key ring's elements in table <c>data_protection_keys</c> (schema step 9), so every node on
/// one PostgreSQL database reads and writes the same keys. Synchronous because the framework's key repository is.
/// </summary>
public sealed class PostgresKeyStore
{
    private readonly PostgresContentStore _store;
    private readonly TimeProvider _time;
    private readonly Lock _migrating = new();
    private bool _migrated;

    public PostgresKeyStore(PostgresContentStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
    }

    /// <summary>Every stored element's XML, oldest first.</summary>
    public IReadOnlyList<string> ListXml()
    {
        EnsureSchema();
        using var connection = _store.Open();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY stored_at, name").ToArray();
    }

    /// <summary>Stores one element under its name (the framework names each key uniquely); a repeat replaces it.</summary>
    public void Store(string name, string xml)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(xml);
        EnsureSchema();
        using var connection = _store.Open();
        connection.Execute(
            "INSERT INTO data_protection_keys (name, xml, stored_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO UPDATE SET xml = EXCLUDED.xml",
            new { name, xml, at = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) });
    }

    /// <summary>The framework may read keys before the site's start-up migration ran: migrate first, once.</summary>
    private void EnsureSchema()
    {
        lock (_migrating)
        {
            if (_migrated)
            {
                return;
            }

            _store.MigrateAsync().GetAwaiter().GetResult();
            _migrated = true;
        }
    }
}
