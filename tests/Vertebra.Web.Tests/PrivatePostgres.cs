using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Vertebra.Web.Tests;

/// <summary>A fact that needs PostgreSQL's server programs to run a private cluster; it skips, saying why, without them.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PrivatePostgresFactAttribute : FactAttribute
{
    public PrivatePostgresFactAttribute()
    {
        if (PrivatePostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>
/// A throwaway PostgreSQL cluster of the test's own: Debian's server programs (<c>/usr/lib/postgresql/*/bin</c>),
/// <c>initdb</c> into a temporary folder, a free loopback port, trust authentication on loopback only. A test may stop
/// and start it without disturbing any other PostgreSQL the machine runs. Run as the <c>postgres</c> account when the
/// tests run as root (the server refuses to run as root).
/// </summary>
internal sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _bin;
    private readonly string? _runAs;

    private PrivatePostgres(string folder, string bin, string? runAs, int port)
    {
        _folder = folder;
        _bin = bin;
        _runAs = runAs;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "vertebra", Database = "postgres", Timeout = 30, CommandTimeout = 60,
    }.ConnectionString;

    /// <summary>Why the tests that need it skip, or null when the server programs are there.</summary>
    public static string? SkipReason => ServerBin() is null
        ? "Private PostgreSQL cluster tests skipped: no PostgreSQL server programs under /usr/lib/postgresql/*/bin (apt-get install postgresql; .ci/run does)."
        : !OperatingSystem.IsLinux() ? "Private PostgreSQL cluster tests skipped: they run on Linux only." : null;

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = ServerBin() ?? throw new InvalidOperationException(SkipReason);
        var folder = Path.Combine(Path.GetTempPath(), "vertebra-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        if (runAs is not null)
        {
            await RunAsync("chown", ["-R", runAs, folder]);
        }

        var cluster = new PrivatePostgres(folder, bin, runAs, FreePort());
        await cluster.RunServerToolAsync("initdb", ["-D", cluster.Data, "-U", "vertebra", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
        await cluster.StartServerAsync();
        return cluster;
    }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public Task StartServerAsync() => RunServerToolAsync("pg_ctl", ["-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50", "start"]);

    /// <summary>Stops the server (fast: open connections are cut, as in an outage).</summary>
    public Task StopServerAsync() => RunServerToolAsync("pg_ctl", ["-D", Data, "-m", "fast", "-w", "-t", "60", "stop"]);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunServerToolAsync("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task RunServerToolAsync(string tool, IReadOnlyList<string> arguments) =>
        _runAs is null
            ? RunAsync(Path.Combine(_bin, tool), arguments)
            : RunAsync("runuser", ["-u", _runAs, "--", Path.Combine(_bin, tool), .. arguments]);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static string? ServerBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
