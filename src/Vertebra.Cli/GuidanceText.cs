using System.Text;
using Vertebra.Guidance;

namespace Vertebra.Cli;

/// <summary>A guidance result as plain text for a terminal.</summary>
internal static class GuidanceText
{
    public static string Describe(GuidanceResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"Urgency: {WireNames.Of(result.Triage)}{(result.Provisional ? " (provisional: some warning-sign questions are unanswered)" : "")}");
        text.AppendLine($"Where to go: {WireNames.Of(result.Route)}");
        text.AppendLine($"Massage: {WireNames.Of(result.Massage)}");
        if (result.Summary is { } summary)
        {
            text.AppendLine(summary);
        }

        foreach (var flag in result.Flags)
        {
            text.AppendLine($"[{WireNames.Of(flag.Severity)}] {flag.Text}");
        }

        foreach (var advice in result.Advice)
        {
            text.AppendLine($"- {advice.Text} (source: {string.Join("; ", advice.Citations)})");
        }

        if (result.Missing.Count > 0)
        {
            text.AppendLine("Questions that could change this answer: " + string.Join(", ", result.Missing));
        }

        text.Append($"Rule set: {result.Ruleset}");
        return text.ToString();
    }
}
