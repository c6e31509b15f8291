using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vertebra.Guidance;

/// <summary>One vignette's expected and actual answer.</summary>
public sealed record VignetteOutcome(
    string Id,
    TriageLevel ExpectedTriage,
    TriageLevel ActualTriage,
    MassageVerdict ExpectedMassage,
    MassageVerdict ActualMassage,
    Route ExpectedRoute,
    Route ActualRoute,
    IReadOnlyList<string> MustMention,
    IReadOnlyList<string> NotMentioned)
{
    public bool TriageCorrect => ExpectedTriage == ActualTriage;

    public bool MassageCorrect => ExpectedMassage == ActualMassage;

    public bool RouteCorrect => ExpectedRoute == ActualRoute;

    public bool UnderTriaged => ActualTriage < ExpectedTriage;
}

/// <summary>Measures on a vignette file (guidance-policy.md, "Measuring it").</summary>
public sealed record VignetteReportResult(IReadOnlyList<VignetteOutcome> Cases)
{
    public int Total => Cases.Count;

    public int TriageCorrect => Cases.Count(c => c.TriageCorrect);

    public int EmergencyTotal => Cases.Count(c => c.ExpectedTriage == TriageLevel.Emergency);

    public int EmergencyCorrect => Cases.Count(c => c.ExpectedTriage == TriageLevel.Emergency && c.ActualTriage == TriageLevel.Emergency);

    public int UnderTriage => Cases.Count(c => c.UnderTriaged);

    public int UnderTriagedEmergencies => Cases.Count(c => c.ExpectedTriage == TriageLevel.Emergency && c.UnderTriaged);

    public int OverTriage => Cases.Count(c => c.ActualTriage > c.ExpectedTriage);

    public int MassageCorrect => Cases.Count(c => c.MassageCorrect);

    public int RouteCorrect => Cases.Count(c => c.RouteCorrect);

    public int MustMentionTotal => Cases.Sum(c => c.MustMention.Count);

    public int MustMentionFound => Cases.Sum(c => c.MustMention.Count - c.NotMentioned.Count);

    public double TriageAccuracy => Ratio(TriageCorrect, Total);

    public double EmergencySensitivity => Ratio(EmergencyCorrect, EmergencyTotal);

    public double MassageAccuracy => Ratio(MassageCorrect, Total);

    public double RouteAccuracy => Ratio(RouteCorrect, Total);

    public double MustMentionCoverage => Ratio(MustMentionFound, MustMentionTotal);

    /// <summary>Correct and total per expected triage level.</summary>
    public (int Correct, int Total) ForLevel(TriageLevel level) =>
        (Cases.Count(c => c.ExpectedTriage == level && c.TriageCorrect), Cases.Count(c => c.ExpectedTriage == level));

    /// <summary>A plain-text report, one measure a line, then the cases that differ.</summary>
    public string ToText()
    {
        var s = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        s.AppendLine(ci, $"vignettes: {Total}");
        s.AppendLine(ci, $"triage accuracy: {TriageCorrect}/{Total} = {TriageAccuracy:P1}");
        s.AppendLine(ci, $"emergency sensitivity: {EmergencyCorrect}/{EmergencyTotal} = {EmergencySensitivity:P1}");
        s.AppendLine(ci, $"under-triage: {UnderTriage} (of emergencies: {UnderTriagedEmergencies}); over-triage: {OverTriage}");
        foreach (var level in new[] { TriageLevel.Emergency, TriageLevel.Urgent, TriageLevel.Soon, TriageLevel.Routine })
        {
            var (correct, total) = ForLevel(level);
            s.AppendLine(ci, $"  {WireNames.Of(level)}: {correct}/{total} = {Ratio(correct, total):P1}");
        }

        s.AppendLine(ci, $"massage accuracy: {MassageCorrect}/{Total} = {MassageAccuracy:P1}");
        s.AppendLine(ci, $"route accuracy: {RouteCorrect}/{Total} = {RouteAccuracy:P1}");
        s.AppendLine(ci, $"must_mention coverage: {MustMentionFound}/{MustMentionTotal} = {MustMentionCoverage:P1}");
        foreach (var c in Cases.Where(c => !c.TriageCorrect || !c.MassageCorrect || !c.RouteCorrect || c.NotMentioned.Count > 0))
        {
            s.Append(ci, $"  {c.Id}:");
            if (!c.TriageCorrect)
            {
                s.Append(ci, $" triage {WireNames.Of(c.ActualTriage)} (expected {WireNames.Of(c.ExpectedTriage)})");
            }

            if (!c.MassageCorrect)
            {
                s.Append(ci, $" massage {WireNames.Of(c.ActualMassage)} (expected {WireNames.Of(c.ExpectedMassage)})");
            }

            if (!c.RouteCorrect)
            {
                s.Append(ci, $" route {WireNames.Of(c.ActualRoute)} (expected {WireNames.Of(c.ExpectedRoute)})");
            }

            if (c.NotMentioned.Count > 0)
            {
                s.Append(ci, $" not mentioned: {string.Join(", ", c.NotMentioned.Select(m => "\"" + m + "\""))}");
            }

            s.AppendLine();
        }

        return s.ToString();
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>Runs the engine over a vignette JSONL file and measures it. No console output.</summary>
public static class VignetteReport
{
    /// <summary>One parsed vignette line.</summary>
    public sealed record Vignette(string Id, string Text, CaseFacts Facts, TriageLevel Triage, MassageVerdict Massage, Route Route, IReadOnlyList<string> MustMention);

    /// <summary>Reads vignettes: one JSON object a line with id, text, facts and expected {triage, massage, route, must_mention}.</summary>
    public static IReadOnlyList<Vignette> ReadFile(string path)
    {
        var list = new List<Vignette>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                list.Add(ParseLine(line));
            }
            catch (Exception ex) when (ex is JsonException or CaseFactsException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{lineNumber}: {ex.Message}", ex);
            }
        }

        return list;
    }

    /// <summary>Evaluates every vignette in the file and returns the measures.</summary>
    public static VignetteReportResult Run(GuidanceEngine engine, string path)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Run(engine, ReadFile(path));
    }

    /// <summary>Evaluates the given vignettes and returns the measures.</summary>
    public static VignetteReportResult Run(GuidanceEngine engine, IEnumerable<Vignette> vignettes)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(vignettes);
        var outcomes = new List<VignetteOutcome>();
        foreach (var v in vignettes)
        {
            var result = engine.Evaluate(v.Facts);
            var text = string.Join("\n", result.Advice.Select(a => a.Text).Concat(result.Flags.Select(f => f.Text)));
            var notMentioned = v.MustMention.Where(m => !text.Contains(m, StringComparison.OrdinalIgnoreCase)).ToArray();
            outcomes.Add(new VignetteOutcome(v.Id, v.Triage, result.Triage, v.Massage, result.Massage, v.Route, result.Route, v.MustMention, notMentioned));
        }

        return new VignetteReportResult(outcomes);
    }

    private static Vignette ParseLine(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var expected = root.GetProperty("expected");
        var triage = WireNames.TryParse(expected.GetProperty("triage").GetString()!, out TriageLevel t) ? t : throw new FormatException("unknown expected triage");
        var massage = WireNames.TryParse(expected.GetProperty("massage").GetString()!, out MassageVerdict m) ? m : throw new FormatException("unknown expected massage");
        var route = WireNames.TryParse(expected.GetProperty("route").GetString()!, out Route r) ? r : throw new FormatException("unknown expected route");
        var mentions = expected.TryGetProperty("must_mention", out var mm)
            ? mm.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : [];
        return new Vignette(
            root.GetProperty("id").GetString()!,
            root.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty,
            CaseFactsJson.FromElement(root.GetProperty("facts")),
            triage,
            massage,
            route,
            mentions);
    }
}
