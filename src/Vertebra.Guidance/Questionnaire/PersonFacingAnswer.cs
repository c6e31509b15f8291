namespace Vertebra.Guidance;

/// <summary>A warning sign the person was not sure about (or was not asked), and why that matters, in plain words.</summary>
/// <param name="Sign">The sign.</param>
/// <param name="Reason">One or two sentences that name the sign and say what to do.</param>
public sealed record UnsureSign(WarningSign Sign, string Reason);

/// <summary>
/// The answer a person-facing questionnaire shows (the web guide today, other languages later). It starts from the
/// engine's result and adds one safety floor that belongs only here: a questionnaire must never reassure while a
/// warning sign is unknown. "Not sure" about an emergency sign gives at least <see cref="TriageLevel.Urgent"/>
/// ("see a doctor today to be checked for it"); "not sure" about an urgent sign never leaves the person on
/// self-care alone. The API, the CLI and CDS Hooks keep the engine's meaning (unknown = provisional, in
/// <see cref="GuidanceResult.Missing"/>) and never use this type.
/// </summary>
public sealed record PersonFacingAnswer
{
    /// <summary>The engine's own result, unchanged.</summary>
    public required GuidanceResult Engine { get; init; }

    /// <summary>The level to show: the engine's level, raised to urgent while an emergency sign is unknown.</summary>
    public required TriageLevel Triage { get; init; }

    /// <summary>Where to go, always consistent with <see cref="Triage"/>.</summary>
    public required Route Route { get; init; }

    /// <summary>The unknown warning signs, most urgent first, each with its reason.</summary>
    public required IReadOnlyList<UnsureSign> UnsureSigns { get; init; }

    /// <summary>The warning signs the answers show, most urgent first.</summary>
    public required IReadOnlyList<WarningSign> PresentSigns { get; init; }

    /// <summary>True when the floor raised the level or changed the route.</summary>
    public bool RaisedForUnknownSigns => Triage != Engine.Triage || Route != Engine.Route;

    /// <summary>Builds the person-facing answer for facts where unanswered or "not sure" facts are unknown.</summary>
    public static PersonFacingAnswer For(GuidanceEngine engine, CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(facts);
        var result = engine.Evaluate(facts);
        var unsure = engine.UnknownWarningSigns(facts)
            .Where(s => s.Level >= WarningSignLevel.Urgent)
            .Select(s => new UnsureSign(s, Reason(s)))
            .ToArray();
        var triage = result.Triage;
        var route = result.Route;
        if (triage < TriageLevel.Urgent && unsure.Any(u => u.Sign.Level == WarningSignLevel.Emergency))
        {
            triage = TriageLevel.Urgent;
            route = Route.PrimaryCare;
        }
        else if (route == Route.SelfCare && unsure.Length > 0)
        {
            route = Route.PrimaryCare;
        }

        return new PersonFacingAnswer
        {
            Engine = result,
            Triage = triage,
            Route = route,
            UnsureSigns = unsure,
            PresentSigns = engine.PresentWarningSigns(facts),
        };
    }

    private static string Reason(WarningSign sign) => sign.Level == WarningSignLevel.Emergency
        ? $"You were not sure about this warning sign: {Lower(sign.Name)}. It can mean a problem that needs help quickly. See a doctor today to be checked for it. If you find you do have it, treat it as an emergency."
        : $"You were not sure about this warning sign: {Lower(sign.Name)}. Ask a doctor to check for it. If you find you do have it, see a doctor today.";

    private static string Lower(string name) => name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1])
        ? char.ToLowerInvariant(name[0]) + name[1..]
        : name;
}
