using Npgsql;

namespace Vertebra.Cli.Tests;

/// <summary>A fact that needs PostgreSQL: it skips with a clear message unless VERTEBRA_TEST_POSTGRES names a server that answers.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The test PostgreSQL server; each test takes a schema of its own and drops it afterwards.</summary>
internal static class TestPostgres
{
    public const string Variable = "VERTEBRA_TEST_POSTGRES";

    private static readonly Lazy<string?> Reason = new(() =>
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"PostgreSQL tests skipped: set {Variable} to a connection string to run them.";
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
    });

    public static string? SkipReason => Reason.Value;

    private static string Server => Environment.GetEnvironmentVariable(Variable)!;

    public static async Task<string> CreateSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Server) { SearchPath = schema }.ConnectionString;
    }

    public static async Task DropSchemaAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath;
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
