using Npgsql;

namespace Vertebra.Storage.Tests;

/// <summary>
/// The PostgreSQL server the tests may use: its connection string comes from VERTEBRA_TEST_POSTGRES. Each test gets a
/// schema of its own (dropped afterwards), so tests share nothing and may run in any order.
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

    public static async Task DropSchemaAsync(string schemaConnectionString)
    {
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
