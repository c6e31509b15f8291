using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>/metrics shows the framework's and Vertebra's measurements, and no personal data reaches metrics, logs or traces.</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private const string Name = "Zebulon Quartermaine";
    private const string Birth = "14/03/1957";
    private const string BirthIso = "1957-03-14";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "vertebra-telemetry-" + Guid.NewGuid().ToString("N"));
    private readonly List<Activity> _activities = [];
    private readonly CapturingLoggerProvider _logs = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await SiteFixture.StartAsync(new VertebraWebOptions { DataDirectory = _data, ContentDirectory = RepositoryPaths.Content }, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            builder.Logging.AddProvider(_logs);
            builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_activities));
        });
        _client = _app.GetTestClient();
        var ready = false;
        for (var i = 0; i < 300 && !ready; i++)
        {
            using var response = await _client.GetAsync("/healthz/ready");
            ready = response.StatusCode == HttpStatusCode.OK;
            if (!ready)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(ready, "the site did not become ready");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private async Task<string> MetricsAsync()
    {
        using var response = await _client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Metrics_ShowTheFrameworksAndOurOwnMeasurements()
    {
        using (var ask = await _client.GetAsync("/api/ask?q=" + Uri.EscapeDataString("What is sciatica?")))
        {
            Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        }

        using (var guidance = await _client.PostAsync("/api/guidance", new StringContent("""{"saddle_numbness":true}""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, guidance.StatusCode);
        }

        using (var claims = await _client.PostAsync("/api/claims/check", new StringContent("""{"text":"Our massage pushes the slipped disc back into place."}""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, claims.StatusCode);
        }

        var metrics = await MetricsAsync();
        AssertSeries(metrics, "http_server_request_duration_seconds_bucket", "http_route=\"/api/ask\"");
        AssertSeries(metrics, "vertebra_questions_answered_total", "channel=\"api\"");
        AssertSeries(metrics, "vertebra_questions_duration_seconds_bucket", "channel=\"api\"");
        AssertSeries(metrics, "vertebra_guidance_answers_total", "channel=\"api\"", "level=\"emergency\"");
        AssertSeries(metrics, "vertebra_claims_findings_total", "category=\"reposition_disc\"");
        AssertSeries(metrics, "vertebra_imports_total", "format=\"bundled\"", "outcome=\"done\"");
        AssertSeries(metrics, "vertebra_import_duration_seconds_bucket", "format=\"bundled\"");
        AssertSeries(metrics, "dotnet_gc_collections_total");
    }

    private static void AssertSeries(string metrics, string name, params string[] labels) =>
        Assert.True(
            metrics.Split('\n').Any(line => line.StartsWith(name + "{", StringComparison.Ordinal) && labels.All(l => line.Contains(l, StringComparison.Ordinal))),
            $"/metrics has no {name} with {string.Join(", ", labels)}");

    [Fact]
    public async Task NameAndDateOfBirth_InAQuestion_AppearInNoMetricLogOrTrace()
    {
        var question = $"My name is {Name}, born {Birth} ({BirthIso}). Can massage help my slipped disc?";
        foreach (var path in new[] { "/api/ask?q=", "/ask?q=", "/api/search?q=", "/search?q=" })
        {
            using var response = await _client.GetAsync(path + Uri.EscapeDataString(question));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var claims = await _client.PostAsync("/api/claims/check", new StringContent($$"""{"text":"{{question}} The massage pushes the disc back."}""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, claims.StatusCode);
        }

        var metrics = await MetricsAsync();
        _app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        var traces = _activities.SelectMany(a => a.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(a.DisplayName).Append(a.OperationName)).ToArray();
        Assert.Contains(traces, t => t.StartsWith("url.path=/api/ask", StringComparison.Ordinal));
        // The date in every form it was sent in, not the bare year: "1957" alone also turns up in durations and ids.
        foreach (var secret in new[] { "Zebulon", "Quartermaine", Birth, BirthIso, Uri.EscapeDataString(Birth), "14%2F03", "1957-03" })
        {
            Assert.DoesNotContain(secret, metrics, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(_logs.Lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(traces, t => t.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        Assert.NotEmpty(_logs.Lines);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var structured = state is IEnumerable<KeyValuePair<string, object?>> values ? string.Join(" ", values.Select(v => $"{v.Key}={v.Value}")) : "";
                lines.Enqueue($"{category} {logLevel} {formatter(state, exception)} {structured} {exception}");
            }
        }
    }
}
