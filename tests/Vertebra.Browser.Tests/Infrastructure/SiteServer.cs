using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Vertebra.Tests.Shared;

namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>
/// A real <c>vertebra serve</c> process on a free loopback port, with a fresh data folder seeded from the
/// repository's content. Once /healthz answers, <see cref="SiteSeed"/> adds nine trusted answers and the editor
/// accounts with the same program, and the site is ready when search shows those answers. Disposing kills it and
/// deletes the data folder.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly string dataDirectory;
    private readonly ConcurrentQueue<string> log;

    private SiteServer(Process process, Uri baseAddress, string dataDirectory, ConcurrentQueue<string> log)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the server printed so far (for failure messages).</summary>
    public string Log => string.Join(Environment.NewLine, log);

    /// <summary>Starts the site; <paramref name="environment"/> adds deployment settings such as VERTEBRA_EMERGENCY_NUMBER.</summary>
    public static async Task<SiteServer> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = BrowserEnvironment.CliDll;
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The vertebra program was not built at {dll}.");
        }

        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var dataDirectory = Directory.CreateTempSubdirectory("vertebra-browser-").FullName;
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        foreach (var arg in new[] { dll, "serve", "--urls", $"http://127.0.0.1:{port}", "--data", dataDirectory, "--content", RepositoryPaths.Content })
        {
            start.ArgumentList.Add(arg);
        }

        // The test run's own settings must not leak into the site.
        foreach (var name in new[] { "VERTEBRA_DATA", "VERTEBRA_CONTENT", "VERTEBRA_URLS", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "VERTEBRA_EMERGENCY_NUMBER" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var log = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(log, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new SiteServer(process, baseAddress, dataDirectory, log);
        try
        {
            await server.WaitUntilHealthyAsync().ConfigureAwait(false);
            // After the site has filled its empty store from the bundled content (an import first would stop that).
            await SiteSeed.RunAsync(DotnetHost(), dll, dataDirectory).ConfigureAwait(false);
            await server.WaitUntilSearchHasTrustedAnswersAsync().ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already gone.
        }
        finally
        {
            process.Dispose();
            TryDelete(dataDirectory);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"vertebra serve stopped with exit code {process.ExitCode} before it was ready:{Environment.NewLine}{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Too slow this time; try again.
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        throw new TimeoutException($"vertebra serve did not answer /healthz within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Log}");
    }

    /// <summary>Waits until full search is running and has indexed the seeded trusted answers.</summary>
    private async Task WaitUntilSearchHasTrustedAnswersAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var watch = Stopwatch.StartNew();
        for (var attempt = 0; watch.Elapsed < StartTimeout; attempt++)
        {
            try
            {
                // A new address each time, so no cached page from before the index was ready is served.
                var page = await http.GetStringAsync(new Uri($"search?q=herniated+disk&kind=qa&attempt={attempt}", UriKind.Relative)).ConfigureAwait(false);
                if (page.Contains("Trusted answer from", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Try again.
            }
            catch (TaskCanceledException)
            {
                // Too slow this time; try again.
            }

            await Task.Delay(250).ConfigureAwait(false);
        }

        throw new TimeoutException($"Search did not show the seeded trusted answers within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Log}");
    }

    private static void Keep(ConcurrentQueue<string> log, string? line)
    {
        if (line is null)
        {
            return;
        }

        log.Enqueue(line);
        while (log.Count > 200 && log.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The dotnet host running the tests (set by the test host), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
