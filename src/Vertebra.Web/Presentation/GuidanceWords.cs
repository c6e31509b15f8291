using Vertebra.Guidance;
using Route = Vertebra.Guidance.Route;

namespace Vertebra.Web.Presentation;

/// <summary>The headline and "where to go" of an answer, written together so they always agree.</summary>
/// <param name="Headline">What to do, in a few words.</param>
/// <param name="WhereToGo">Where to go and how soon.</param>
/// <param name="Link">A page about that place, when there is one.</param>
public sealed record AnswerWords(string Headline, string WhereToGo, string? Link);

/// <summary>What a guidance answer means, in words a patient can act on.</summary>
internal static class GuidanceWords
{
    public const string EmergencyHeadline = "Go to an emergency department now";

    public const string SelfCareHeadline = "You can look after this yourself";

    /// <summary>Headline and where to go from one (level, route) pair, so the two can never contradict each other.</summary>
    public static AnswerWords For(TriageLevel triage, Route route) => (triage, route) switch
    {
        (TriageLevel.Emergency, _) => new(EmergencyHeadline, "The nearest emergency department (A&E), now. If you cannot get there safely, call for an ambulance.", null),
        (TriageLevel.Urgent, Route.EmergencyDepartment) => new("See a doctor today", "A children's emergency department, today.", null),
        (TriageLevel.Urgent, Route.SpineSurgeryClinic) => new("See a doctor today", "Your cancer team, our spine clinic or your GP, today. If none can see you today, call NHS 111.", "/clinics"),
        (TriageLevel.Urgent, _) => new("See a doctor today", "Your GP today. If you cannot get an appointment today, call NHS 111.", null),
        (TriageLevel.Soon, Route.SpineSurgeryClinic) => new("See a spine specialist within 1 to 2 weeks", "Our spine clinics, within 1 to 2 weeks. Your GP can refer you.", "/clinics"),
        (TriageLevel.Soon, _) => new("See a doctor within 1 to 2 weeks", "Your GP, within 1 to 2 weeks.", null),
        (_, Route.PrimaryCare) => new("See your GP", "Your GP (family doctor). Book a normal appointment; it does not need to be today.", null),
        (_, Route.RehabilitationDepartment) => new("Book with a rehabilitation department", "The rehabilitation department of a regular hospital, for an exercise programme.", "/clinics#spine-rehabilitation"),
        (_, Route.SpineSurgeryClinic) => new("Book an appointment at our spine clinic", "Our spine clinics. It does not need to be soon.", "/clinics"),
        _ => new(SelfCareHeadline, "Self-care at home, with the safety advice below. See your GP if it is not getting better.", null),
    };

    public static string Massage(MassageVerdict verdict) => verdict switch
    {
        MassageVerdict.Contraindicated => "Do not have massage, manipulation, bone setting or traction now. They could harm the nerves.",
        MassageVerdict.AfterDiagnosisOnly => "Get a clear diagnosis at a regular hospital before any massage.",
        MassageVerdict.Acceptable => "Massage may ease symptoms, but only at the rehabilitation department of a regular hospital and together with exercise. It cannot put a disc back.",
        _ => "Massage does not apply to your answers.",
    };

    public static string CssClass(TriageLevel level) => "triage-" + WireNames.Of(level);

    public static string SignLevel(WarningSignLevel level) => level switch
    {
        WarningSignLevel.Emergency => "emergency",
        WarningSignLevel.Urgent => "see a doctor today",
        WarningSignLevel.Soon => "see a specialist within 1 to 2 weeks",
        _ => "see your GP",
    };

    /// <summary>An answer as the person gave it, in words: the option's label, "Not sure", or the number.</summary>
    public static string AnswerText(NextQuestion question, string? value) => value switch
    {
        null => "Not answered",
        GuideSession.NotSure => "Not sure",
        _ => question.Options.FirstOrDefault(o => o.Value == value)?.Label ?? value,
    };

    /// <summary>The sources of an answer's advice and signs, each once, in order: what goes under "Sources".</summary>
    public static IReadOnlyList<SourceReference> Sources(PersonFacingAnswer answer) =>
        answer.Engine.Advice.SelectMany(a => a.Sources)
            .Concat(answer.PresentSigns.SelectMany(s => s.Sources))
            .Concat(answer.UnsureSigns.SelectMany(u => u.Sign.Sources))
            .DistinctBy(s => s.Id)
            .ToArray();
}
