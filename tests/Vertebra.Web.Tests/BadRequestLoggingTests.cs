using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>
/// Issue 19, finding 11: a request that promises a body and never sends it (<c>Content-Length: 99999999</c>) is the
/// client's fault. It gets a 400 and at most one short line, never a stack trace at error level per request.
/// Runs on real Kestrel, since only Kestrel reports a body that ends early.
/// </summary>
public sealed class BadRequestLoggingTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "vertebra-badrequest-tests-" + Guid.NewGuid().ToString("N"));
    private readonly ListLoggerProvider _logs = new();
    private WebApplication? _app;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _app = VertebraWebHost.Build(
            new VertebraWebOptions { DataDirectory = _data, ContentDirectory = RepositoryPaths.Content, Urls = "http://127.0.0.1:0" },
            builder => builder.Logging.AddProvider(_logs));
        await _app.StartAsync();
        _address = new Uri(_app.Urls.First());
    }

    [Theory]
    [InlineData("/api/claims/check", "application/json")]
    [InlineData("/check", "application/x-www-form-urlencoded")]
    [InlineData("/editor/login", "application/x-www-form-urlencoded")]
    public async Task BodyPromisedButNeverSent_Answers400AndLogsNoErrorOrStackTrace(string path, string contentType)
    {
        for (var i = 0; i < 3; i++)
        {
            var status = await SendAsync($"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {contentType}\r\nContent-Length: 99999999\r\n\r\n");
            Assert.True(status is "" or "400", $"answered '{status}'");
        }

        await Task.Delay(200);
        var serious = _logs.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
        Assert.True(serious.Count == 0, string.Join("\n---\n", serious.Select(e => e.Text)));
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Warning && e.Text.Contains("   at ", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>Sends the head only, closes the sending side, and returns the answer's status code ("" when none came).</summary>
    private async Task<string> SendAsync(string head)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_address.Host, _address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        client.Client.Shutdown(SocketShutdown.Send);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await reader.ReadLineAsync(timeout.Token) ?? "";
        var parts = line.Split(' ');
        return parts.Length > 1 ? parts[1] : "";
    }

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Text)> _entries = new();

        public IReadOnlyList<(LogLevel Level, string Text)> Entries => _entries.ToList();

        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class ListLogger(string category, System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Text)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                ArgumentNullException.ThrowIfNull(formatter);
                entries.Enqueue((logLevel, $"{category}: {formatter(state, exception)}\n{exception}"));
            }
        }
    }
}
