using Npgsql;

namespace Vertebra.Tests.Shared;

/// <summary>
/// The PostgreSQL server the tests may use: its connection string comes from VERTEBRA_TEST_POSTGRES. Each test gets a
/// schema of its own (dropped afterwards), so tests share nothing and may run in any order. Shared by the test
/// projects that talk to PostgreSQL (linked in by their project files).
/// </summary>
internal static class PostgresTestDatabase
{
    public const string Variable = "VERTEBRA_TEST_POSTGRES";

    private static readonly Lazy<string?> Reason = new(FindSkipReason);

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);

    /// <summary>Null when the server answers; else why the PostgreSQL tests are skipped.</summary>
    public static string? SkipReason => Reason.Value;

    /// <summary>Creates an empty schema and gives a connection string whose search path is that schema.</summary>
    public static async Task<string> CreateSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema, Pooling = true }.ConnectionString;
    }

    /// <summary>Drops the schema of <paramref name="schemaConnectionString"/>, after closing that schema's idle pooled connections.</summary>
    public static async Task DropSchemaAsync(string schemaConnectionString)
    {
        await using (var pooled = new NpgsqlConnection(schemaConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var schema = new NpgsqlConnectionStringBuilder(schemaConnectionString).SearchPath;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string? FindSkipReason()
    {
        var value = ConnectionString;
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"PostgreSQL tests skipped: set {Variable} to a connection string (for example \"Host=127.0.0.1;Username=vertebra;Password=...;Database=vertebra_test\") to run them.";
        }

        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(value) { Timeout = 3 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return $"PostgreSQL tests skipped: the server named in {Variable} did not answer ({ex.Message}).";
        }
    }
}

/// <summary>A fact that needs PostgreSQL: it skips with a clear message unless VERTEBRA_TEST_POSTGRES names a server that answers.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestDatabase.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
