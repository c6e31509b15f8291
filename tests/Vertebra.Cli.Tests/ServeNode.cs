using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Vertebra.Tests.Shared;

namespace Vertebra.Cli.Tests;

/// <summary>A real <c>vertebra serve</c> process on a free loopback port, stopped (with its children) when disposed.</summary>
internal sealed class ServeNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServeNode(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<ServeNode> StartAsync(string dataDirectory, string database, params string[] extra)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "vertebra.dll"), "serve", "--urls", address.ToString().TrimEnd('/'),
                     "--data", dataDirectory, "--content", RepositoryPaths.Content, "--database", database }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("VERTEBRA_DATABASE");
        var node = new ServeNode(Process.Start(start)!, address);
        node._process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node._process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        await node.WaitHealthyAsync(TimeSpan.FromSeconds(90));
        return node;
    }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public async Task<string> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Client.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan limit)
    {
        var until = Stopwatch.StartNew();
        while (until.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"vertebra serve stopped with code {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"vertebra serve did not become healthy in {limit}:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Append(System.Globalization.CultureInfo.InvariantCulture, $"{TimeProvider.System.GetLocalNow():HH:mm:ss.fff} ").AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
