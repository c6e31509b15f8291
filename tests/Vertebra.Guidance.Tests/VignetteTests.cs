using Xunit.Abstractions;
using Vertebra.Tests.Shared;

namespace Vertebra.Guidance.Tests;

public sealed class VignetteTests(ITestOutputHelper output)
{
    private static readonly Lazy<Dictionary<string, VignetteReport.Vignette>> Vignettes = new(() =>
        VignetteReport.ReadFile(TestPaths.DevVignettes).ToDictionary(v => v.Id, StringComparer.Ordinal));

    public static TheoryData<string> VignetteIds()
    {
        var data = new TheoryData<string>();
        if (!TestPaths.SharedDataPresent)
        {
            data.Add("(shared data absent)");
            return data;
        }

        foreach (var id in Vignettes.Value.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [SharedDataTheory("data/vignettes/dev.jsonl")]
    [MemberData(nameof(VignetteIds))]
    public void DevVignette_TriageAndMassage_MatchExpected(string id)
    {
        var vignette = Vignettes.Value[id];
        var result = Engines.Default.Evaluate(vignette.Facts);
        var report = VignetteReport.Run(Engines.Default, [vignette]).Cases[0];

        output.WriteLine($"{id}: {vignette.Text}");
        output.WriteLine($"route {WireNames.Of(result.Route)} (expected {WireNames.Of(vignette.Route)}){(report.RouteCorrect ? string.Empty : "  <-- differs")}");
        output.WriteLine(report.NotMentioned.Count == 0
            ? "must_mention: all found"
            : "must_mention not found: " + string.Join(", ", report.NotMentioned));
        output.WriteLine("trace: " + string.Join("; ", result.Trace.Select(t => t.Rule)));

        Assert.Equal(vignette.Triage, result.Triage);
        Assert.Equal(vignette.Massage, result.Massage);
    }

    [SharedDataFact("data/vignettes/dev.jsonl")]
    public void DevVignettes_Report_MeetsSafetyTargets()
    {
        var report = VignetteReport.Run(Engines.Default, TestPaths.DevVignettes);
        output.WriteLine(report.ToText());

        Assert.Equal(1.0, report.EmergencySensitivity);
        Assert.Equal(0, report.UnderTriagedEmergencies);
        AssertTargets(report);
    }

    [SharedDataFact("data/vignettes/dev.jsonl")]
    public void DevVignettes2_Report_MeetsTheIssueTargets()
    {
        var report = VignetteReport.Run(Engines.Default, TestPaths.DevVignettes2);
        output.WriteLine(report.ToText());
        AssertTargets(report);
    }

    [Fact]
    public void OwnVignettes_WrittenFromTheWarningSignFile_MeetTheIssueTargets()
    {
        // Written before any tuning on dev-2.jsonl and never tuned on: tests/Vertebra.Guidance.Tests/Data/own-vignettes.jsonl.
        var report = VignetteReport.Run(Engines.Default, TestPaths.OwnVignettes);
        output.WriteLine(report.ToText());
        Assert.True(report.Total >= 20);
        AssertTargets(report);
    }

    private static void AssertTargets(VignetteReportResult report)
    {
        Assert.Equal(1.0, report.EmergencySensitivity);
        Assert.Equal(0, report.UnderTriage);
        Assert.True(report.TriageAccuracy >= 0.95, $"triage accuracy {report.TriageAccuracy:P1} is under 95%");
        Assert.True(report.MassageAccuracy >= 0.95, $"massage accuracy {report.MassageAccuracy:P1} is under 95%");
        Assert.True(report.RouteAccuracy >= 0.9, $"route accuracy {report.RouteAccuracy:P1} is under 90%");
    }
}
