using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>What a person types about their health (queries, answers, pasted text) never reaches the logs.</summary>
public sealed class PrivacyTests
{
    private const string Marker = "zebrasymptom";

    [Fact]
    public async Task AskSearchGuideAndApi_WithHealthWords_LeaveNoTraceInTheLogs()
    {
        var sink = new CapturingLoggerProvider();
        var data = Path.Combine(Path.GetTempPath(), "vertebra-privacy-" + Guid.NewGuid().ToString("N"));
        await using var app = await SiteFixture.StartAsync(new VertebraWebOptions { DataDirectory = data, ContentDirectory = RepositoryPaths.Content },
            builder => builder.Services.AddSingleton<ILoggerProvider>(sink));
        using var client = app.GetTestClient();

        await client.GetStringAsync($"/ask?q={Marker}+back+pain");
        await client.GetStringAsync($"/search?q={Marker}");
        using var api = await client.PostAsync("/api/guidance", new StringContent($"{{\"{Marker}\": true}}", Encoding.UTF8, "application/json"));
        using var claims = await client.PostAsync("/api/claims/check", new StringContent($"{{\"text\": \"{Marker} radical cure\"}}", Encoding.UTF8, "application/json"));
        // Paths are logged as request scopes; query strings, forms and bodies (where people's words go) are not.

        Assert.NotEmpty(sink.Messages);
        var leaks = sink.Messages.Where(m => m.Contains(Marker, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(5)));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentBag<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                owner.Messages.Add("scope: " + state);
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Messages.Add(formatter(state, exception) + " " + exception);
        }
    }
}
