using System.Text;
using Vertebra.Guidance;

namespace Vertebra.Cli;

/// <summary>
/// A guidance result as plain text for a terminal, in words rather than ids. It keeps the engine's meaning: an
/// unanswered warning sign makes the answer provisional and is listed, it does not raise the level (that floor
/// belongs to the person-facing questionnaire).
/// </summary>
internal static class GuidanceText
{
    public static string Describe(GuidanceEngine engine, CaseFacts facts, GuidanceResult result)
    {
        var text = new StringBuilder();
        text.AppendLine("What to do: " + (result.Summary ?? Triage(result.Triage)));
        text.AppendLine("How urgent: " + Triage(result.Triage));
        text.AppendLine("Where to go: " + Route(result.Route));
        text.AppendLine("Massage and hands-on treatment: " + Massage(result.Massage));
        var present = engine.PresentWarningSigns(facts);
        if (present.Count > 0)
        {
            text.AppendLine("Warning signs in these answers:");
            foreach (var sign in present)
            {
                text.AppendLine($"  - {sign.Name}");
            }
        }

        if (result.Provisional)
        {
            text.AppendLine("Not final: some warning-sign questions are not answered, and the answer could be more urgent.");
        }

        if (result.Missing.Count > 0)
        {
            var questions = engine.Questions.ToDictionary(q => q.Fact, StringComparer.Ordinal);
            text.AppendLine("Questions that could change this answer:");
            foreach (var fact in result.Missing)
            {
                text.AppendLine("  - " + (questions.TryGetValue(fact, out var q) ? q.Text : fact));
            }
        }

        foreach (var flag in result.Flags.Where(f => !f.IsProvisional))
        {
            text.AppendLine((flag.Severity == FlagSeverity.Critical ? "Important: " : "Please note: ") + flag.Text);
        }

        text.AppendLine("Advice:");
        foreach (var advice in result.Advice)
        {
            text.AppendLine("  - " + advice.Text);
        }

        text.AppendLine("Sources:");
        foreach (var source in result.Advice.SelectMany(a => a.Sources).DistinctBy(s => s.Id))
        {
            text.AppendLine(source.Url is { } url ? $"  - {source.Name}: {url}" : $"  - {source.Name}");
        }

        var version = result.Ruleset.Split('@').Last();
        text.Append(result.ClinicallyReviewed
            ? $"Rule set version {version}, clinically reviewed."
            : $"Rule set version {version}, not yet clinically reviewed.");
        return text.ToString();
    }

    private static string Triage(TriageLevel level) => level switch
    {
        TriageLevel.Emergency => "emergency: go to an emergency department now",
        TriageLevel.Urgent => "urgent: see a doctor today",
        TriageLevel.Soon => "soon: see a spine specialist within 1 to 2 weeks",
        _ => "routine: self-care or your GP, with advice on what to watch for",
    };

    private static string Route(Guidance.Route route) => route switch
    {
        Guidance.Route.EmergencyDepartment => "an emergency department",
        Guidance.Route.SpineSurgeryClinic => "the spine surgery clinic",
        Guidance.Route.RehabilitationDepartment => "the rehabilitation department of a regular hospital",
        Guidance.Route.PrimaryCare => "a GP (family doctor)",
        _ => "self-care at home",
    };

    private static string Massage(MassageVerdict verdict) => verdict switch
    {
        MassageVerdict.Contraindicated => "not now: it could do harm",
        MassageVerdict.AfterDiagnosisOnly => "only after a doctor has found the cause, at a regular hospital",
        MassageVerdict.Acceptable => "may ease symptoms at a hospital rehabilitation department, with exercise; it cannot put a disc back",
        _ => "does not apply",
    };
}
