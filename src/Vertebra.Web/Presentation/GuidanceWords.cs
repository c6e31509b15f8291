using Vertebra.Guidance;

namespace Vertebra.Web.Presentation;

/// <summary>What a guidance result means, in words a patient can act on, and where to read more.</summary>
internal static class GuidanceWords
{
    public static string Triage(TriageLevel level) => level switch
    {
        TriageLevel.Emergency => "Go to an emergency department now",
        TriageLevel.Urgent => "See a doctor today",
        TriageLevel.Soon => "See a spine specialist within 1 to 2 weeks",
        _ => "You can look after this yourself, or see your family doctor",
    };

    public static string Route(Guidance.Route route) => route switch
    {
        Guidance.Route.EmergencyDepartment => "an emergency department",
        Guidance.Route.SpineSurgeryClinic => "our spine clinics",
        Guidance.Route.RehabilitationDepartment => "the rehabilitation department of a regular hospital",
        Guidance.Route.PrimaryCare => "your family doctor (GP)",
        _ => "self-care at home, with the safety advice below",
    };

    public static string? RouteLink(Guidance.Route route) => route switch
    {
        Guidance.Route.SpineSurgeryClinic => "/clinics",
        Guidance.Route.RehabilitationDepartment => "/clinics#spine-rehabilitation",
        _ => null,
    };

    public static string Massage(MassageVerdict verdict) => verdict switch
    {
        MassageVerdict.Contraindicated => "Do not have massage or forceful manipulation now. It could harm the nerves.",
        MassageVerdict.AfterDiagnosisOnly => "Get a clear diagnosis at a regular hospital before any massage.",
        MassageVerdict.Acceptable => "Massage may ease symptoms, but only at the rehabilitation department of a regular hospital and together with exercise. It cannot put a disc back.",
        _ => "Massage does not apply to your answers.",
    };

    public static string CssClass(TriageLevel level) => "triage-" + WireNames.Of(level);

    /// <summary>Articles that explain the result; slugs of bundled articles.</summary>
    public static IEnumerable<string> RelatedArticles(GuidanceResult result)
    {
        if (result.Triage == TriageLevel.Emergency)
        {
            yield return "cauda-equina-syndrome-warning-signs";
        }

        if (result.Massage != MassageVerdict.NotApplicable)
        {
            yield return "massage-safety-with-a-herniated-disc";
        }

        if (result.Flags.Any(f => f.Id.Contains("push", StringComparison.Ordinal) || f.Id.Contains("bone", StringComparison.Ordinal) || f.Id.Contains("manipulation", StringComparison.Ordinal)))
        {
            yield return "bone-setting-claims";
        }

        if (result.Triage == TriageLevel.Soon)
        {
            yield return "when-is-surgery-needed-for-a-herniated-disc";
        }

        yield return "exercise-and-physiotherapy-for-back-pain";
    }
}
