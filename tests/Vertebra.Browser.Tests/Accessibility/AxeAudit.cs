using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;

namespace Vertebra.Browser.Tests.Accessibility;

/// <summary>One axe-core rule that failed on a page.</summary>
internal sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets);

/// <summary>What axe-core found on one page.</summary>
internal sealed record AxeReport(string Page, Viewport Viewport, string Url, int Passes, IReadOnlyList<AxeViolation> Violations)
{
    public static readonly string[] Impacts = ["critical", "serious", "moderate", "minor"];

    public IReadOnlyList<AxeViolation> SeriousOrCritical => Violations.Where(v => v.Impact is "serious" or "critical").ToList();

    public string Describe()
    {
        var text = new StringBuilder();
        text.Append($"axe {Page} ({Viewport}) {Url}: {Passes} rules passed; violations by impact: ");
        text.AppendJoin(", ", Impacts.Select(i => $"{i} {Violations.Count(v => v.Impact == i)}"));
        foreach (var v in Violations)
        {
            text.AppendLine();
            text.Append($"  [{v.Impact}] {v.Id}: {v.Help} ({v.Targets.Count} element(s): {string.Join(" | ", v.Targets.Take(5))})");
        }

        return text.ToString();
    }
}

/// <summary>Injects axe-core (from the npm package in tests/Vertebra.Browser.Tests/axe) and runs it on the page shown.</summary>
internal static class AxeAudit
{
    private const string RunScript = """
        async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return JSON.stringify({
                passes: result.passes.length,
                violations: result.violations.map(v => ({
                    id: v.id,
                    impact: v.impact || 'minor',
                    help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))
                }))
            });
        }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<AxeReport> RunAsync(BrowserTab tab, string pageName)
    {
        await tab.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserEnvironment.AxeScript }).ConfigureAwait(false);
        var json = await tab.Page.EvaluateAsync<string>(RunScript).ConfigureAwait(false);
        var raw = JsonSerializer.Deserialize<RawResult>(json, Json) ?? throw new InvalidOperationException("axe-core returned nothing.");
        var violations = raw.Violations.Select(v => new AxeViolation(v.Id, v.Impact, v.Help, v.Targets)).ToList();
        return new AxeReport(pageName, tab.Viewport, tab.PathAndQuery, raw.Passes, violations);
    }

    private sealed record RawResult(int Passes, List<RawViolation> Violations);

    private sealed record RawViolation(string Id, string Impact, string Help, List<string> Targets);
}
