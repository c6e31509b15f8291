namespace Vertebra.Guidance;

/// <summary>
/// Checks the warning-sign file against the rules: every sign names known facts, sources and rules that reach its
/// level, and every rule that sets a triage level is named by a sign. A sign with no rule, or a rule with no
/// sign, stops the rule set from loading (and so fails the build's tests).
/// </summary>
internal static class WarningSignValidator
{
    public static void Validate(RuleSetDefinition set, string header, IReadOnlyDictionary<string, SourceDefinition> sources)
    {
        if (set.SignsFile is null || set.WarningSigns.Count == 0)
        {
            throw new GuidanceRuleException(header, 0, null, "no file has 'warning_signs': the warning signs must be listed, each with its source, level, facts and rules.");
        }

        var file = set.SignsFile;
        foreach (var level in Enum.GetValues<WarningSignLevel>().Where(l => !set.SignActions.ContainsKey(l)))
        {
            throw new GuidanceRuleException(file, 0, null, $"'sign_actions' has no text for level '{WarningSign.WireName(level)}'.");
        }

        var rules = set.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var seen = new Dictionary<string, WarningSignDefinition>(StringComparer.Ordinal);
        foreach (var sign in set.WarningSigns)
        {
            if (!seen.TryAdd(sign.Id, sign))
            {
                throw Fail(sign, $"duplicate warning sign id '{sign.Id}'.");
            }

            if (sign.Rules.Count == 0)
            {
                throw Fail(sign, "names no rule: every warning sign must be implemented by at least one rule.");
            }

            if (sign.Cite.Count == 0)
            {
                throw Fail(sign, "names no source: add 'cite' with the guideline or page that lists it.");
            }

            foreach (var source in sign.Cite.Where(c => !sources.ContainsKey(c)))
            {
                throw Fail(sign, $"cites unknown source '{source}'.");
            }

            foreach (var fact in sign.Facts.Where(f => FactCatalog.Find(f) is null))
            {
                throw Fail(sign, $"names unknown fact '{fact}'.");
            }

            if (sign.Facts.Count == 0)
            {
                throw Fail(sign, "names no fact: list the case facts (questions) the sign is about.");
            }

            foreach (var ruleId in sign.Rules)
            {
                if (!rules.TryGetValue(ruleId, out var rule))
                {
                    throw Fail(sign, $"names unknown rule '{ruleId}'.");
                }

                var reaches = sign.Level == WarningSignLevel.SeeGp
                    ? rule.Triage is not null || rule.Route is Route.PrimaryCare or Route.SpineSurgeryClinic or Route.EmergencyDepartment
                    : rule.Triage == sign.Triage();
                if (!reaches)
                {
                    throw Fail(sign, $"is level '{WarningSign.WireName(sign.Level)}' but its rule '{ruleId}' does not set that level.");
                }

                var used = new HashSet<string>(StringComparer.Ordinal);
                foreach (var index in Enumerable.Range(0, FactCatalog.Count).Where(i => ((rule.When.FactMask() >> i) & 1UL) != 0))
                {
                    used.Add(FactCatalog.All[index].Name);
                }

                foreach (var fact in sign.Facts.Where(f => !used.Contains(f)))
                {
                    throw Fail(sign, $"names fact '{fact}', which its rule '{ruleId}' does not read.");
                }
            }
        }

        foreach (var rule in set.Rules.Where(r => r.Triage is not null))
        {
            if (!set.WarningSigns.Any(s => s.Rules.Contains(rule.Id, StringComparer.Ordinal)))
            {
                throw new GuidanceRuleException(rule.File, rule.Line, rule.Id, $"sets triage '{WireNames.Of(rule.Triage!.Value)}' but no warning sign names it: add it to a sign in {Path.GetFileName(file)}.");
            }
        }
    }

    private static TriageLevel Triage(this WarningSignDefinition sign) => sign.Level switch
    {
        WarningSignLevel.Emergency => TriageLevel.Emergency,
        WarningSignLevel.Urgent => TriageLevel.Urgent,
        WarningSignLevel.Soon => TriageLevel.Soon,
        _ => TriageLevel.Routine,
    };

    private static GuidanceRuleException Fail(WarningSignDefinition sign, string problem) => new(sign.File, sign.Line, sign.Id, problem);
}
