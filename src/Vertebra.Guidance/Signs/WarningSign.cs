namespace Vertebra.Guidance;

/// <summary>How soon a warning sign needs help; the numeric order is the urgency order.</summary>
public enum WarningSignLevel
{
    /// <summary>Not urgent, but a GP should look (never self-care alone): triage routine, route primary care.</summary>
    SeeGp = 0,

    /// <summary>A spine specialist within 1 to 2 weeks (triage soon).</summary>
    Soon = 1,

    /// <summary>A doctor today (triage urgent).</summary>
    Urgent = 2,

    /// <summary>An emergency department now (triage emergency).</summary>
    Emergency = 3,
}

/// <summary>A source a sign or advice cites: its title and, when it has one, the publisher's web address.</summary>
/// <param name="Id">The source id in ruleset.yaml.</param>
/// <param name="Name">The title to show, e.g. "NHS, Sciatica".</param>
/// <param name="Url">An https address on the publisher's own site, or null for an internal source (no link).</param>
public sealed record SourceReference(string Id, string Name, string? Url);

/// <summary>
/// One warning sign from content/guidance/warning-signs.yaml: what a person notices, how soon it needs help,
/// what to do, the sources that name it and the rules that implement it. The single truth for "when to get
/// help": the engine's rules, the guide and every article's warning-sign list come from it.
/// </summary>
/// <param name="Id">Stable id, e.g. "saddle-numbness"; articles name signs by this id.</param>
/// <param name="Name">The sign in plain words, for lists ("New numbness around your bottom or genitals").</param>
/// <param name="Level">How soon to get help.</param>
/// <param name="Action">What to do, in plain words. May contain <c>{emergency_number}</c>: see <see cref="ActionWith"/>.</param>
/// <param name="Facts">The case facts the sign is about (the questions that ask about it).</param>
/// <param name="Rules">The rule ids that implement it.</param>
/// <param name="Sources">The guidelines and pages that name it.</param>
/// <param name="Topics">Article, condition or topic slugs it belongs to (see <see cref="GuidanceEngine.WarningSignsForTopic"/>).</param>
public sealed record WarningSign(
    string Id,
    string Name,
    WarningSignLevel Level,
    string Action,
    IReadOnlyList<string> Facts,
    IReadOnlyList<string> Rules,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<string> Topics)
{
    /// <summary>Words an article uses for this sign (lower case), for the check that articles and engine agree.</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>The placeholder an action text uses for the deployment's emergency telephone number.</summary>
    public const string EmergencyNumberPlaceholder = "{emergency_number}";

    /// <summary>The action with the deployment's emergency number filled in.</summary>
    public string ActionWith(string emergencyNumber) => Action.Replace(EmergencyNumberPlaceholder, emergencyNumber, StringComparison.Ordinal);

    /// <summary>The engine triage level a case with this sign reaches at least.</summary>
    public TriageLevel Triage => Level switch
    {
        WarningSignLevel.Emergency => TriageLevel.Emergency,
        WarningSignLevel.Urgent => TriageLevel.Urgent,
        WarningSignLevel.Soon => TriageLevel.Soon,
        _ => TriageLevel.Routine,
    };

    /// <summary>The snake_case name of a level: emergency, urgent, soon, see_gp.</summary>
    public static string WireName(WarningSignLevel level) => level switch
    {
        WarningSignLevel.Emergency => "emergency",
        WarningSignLevel.Urgent => "urgent",
        WarningSignLevel.Soon => "soon",
        _ => "see_gp",
    };

    internal static bool TryParseLevel(string text, out WarningSignLevel level)
    {
        foreach (var value in Enum.GetValues<WarningSignLevel>())
        {
            if (WireName(value) == text)
            {
                level = value;
                return true;
            }
        }

        level = default;
        return false;
    }
}
