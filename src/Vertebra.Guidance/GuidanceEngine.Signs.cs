using System.Collections.ObjectModel;

namespace Vertebra.Guidance;

/// <summary>A case built from a warning sign's data: one that has the sign and the same case without it.</summary>
/// <param name="Sign">The sign.</param>
/// <param name="With">The baseline case with the sign's example values.</param>
/// <param name="Without">The same case with the sign taken away.</param>
public sealed record WarningSignCase(WarningSign Sign, CaseFacts With, CaseFacts Without);

/// <summary>Warning signs (content/guidance/warning-signs.yaml): the one truth for "when to get help".</summary>
public sealed partial class GuidanceEngine
{
    /// <summary>Every warning sign, most urgent first, in file order within a level.</summary>
    public ReadOnlyCollection<WarningSign> WarningSigns { get; }

    /// <summary>For every sign, a case that has it and the same case without it (the generated sign tests use these).</summary>
    public IReadOnlyList<WarningSignCase> WarningSignCases { get; }

    /// <summary>The sign with this id, or null.</summary>
    public WarningSign? FindWarningSign(string id) => _signs.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// The signs for an article, condition or topic page, most urgent first: the signs whose <c>topics</c> list the slug.
    /// Each sign carries its level, plain-language name, action and sources, ready for an "urgent box".
    /// </summary>
    public IReadOnlyList<WarningSign> WarningSignsForTopic(string slug) =>
        _signs.Where(s => s.Topics.Contains(slug, StringComparer.Ordinal)).ToArray();

    /// <summary>The signs with these ids, most urgent first; unknown ids are left out (see <see cref="FindWarningSign"/>).</summary>
    public IReadOnlyList<WarningSign> WarningSignsById(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return _signs.Where(s => wanted.Contains(s.Id)).ToArray();
    }

    /// <summary>The signs this case has: at least one of their rules fires.</summary>
    public IReadOnlyList<WarningSign> PresentWarningSigns(CaseFacts facts) => SignsWhere(facts, present: true);

    /// <summary>
    /// The signs this case may have but the answers cannot tell: none of their rules fires and at least one could
    /// fire if an unknown fact were answered. The engine's level never moves for these; a person-facing questionnaire
    /// uses them so that it never reassures while a warning sign is unknown.
    /// </summary>
    public IReadOnlyList<WarningSign> UnknownWarningSigns(CaseFacts facts) => SignsWhere(facts, present: false);

    private List<WarningSign> SignsWhere(CaseFacts facts, bool present)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Span<int> codes = stackalloc int[FactCount];
        FactCatalog.ReadAll(facts, codes);
        var found = new List<WarningSign>();
        for (var s = 0; s < _signs.Length; s++)
        {
            var anyTrue = false;
            var anyUnknown = false;
            foreach (var r in _signRules[s])
            {
                var state = _rules[r].Condition(codes);
                anyTrue |= state == Tri.True;
                anyUnknown |= state == Tri.Unknown;
            }

            if (present ? anyTrue : !anyTrue && anyUnknown)
            {
                found.Add(_signs[s]);
            }
        }

        return found;
    }

    private static (WarningSign[] Signs, int[][] SignRules, IReadOnlyList<WarningSignCase> Cases) BuildSigns(
        RuleSetDefinition set, Dictionary<string, SourceReference> references, CompiledRule[] rules)
    {
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var ordered = set.WarningSigns.OrderByDescending(s => s.Level).ToArray();
        var signs = ordered.Select(s => new WarningSign(
                s.Id,
                s.Name,
                s.Level,
                set.SignActions[s.Level],
                Array.AsReadOnly(s.Facts.ToArray()),
                Array.AsReadOnly(s.Rules.ToArray()),
                Array.AsReadOnly(s.Cite.Select(c => references[c]).ToArray()),
                Array.AsReadOnly(s.Topics.ToArray()))
            {
                Mentions = Array.AsReadOnly(s.Mentions.Select(m => m.ToLowerInvariant()).ToArray()),
            })
            .ToArray();
        var signRules = ordered.Select(s => s.Rules.Select(r => ruleIndex[r]).ToArray()).ToArray();
        var baseline = Apply(CaseFacts.Empty, set.SignBaseline, set.SignsFile!, null);
        var cases = ordered.Select((s, i) =>
        {
            var with = Apply(baseline, s.Example, s.File, s.Id);
            return new WarningSignCase(signs[i], with, Apply(with, s.Without, s.File, s.Id));
        }).ToArray();
        return (signs, signRules, Array.AsReadOnly(cases));
    }

    private static CaseFacts Apply(CaseFacts facts, IReadOnlyDictionary<string, string> values, string file, string? id)
    {
        foreach (var (name, text) in values)
        {
            var fact = FactCatalog.Find(name)!;
            if (!fact.TryParseValue(text, out var code))
            {
                throw new GuidanceRuleException(file, 0, id, $"'{text}' is not a value of fact '{name}'.");
            }

            facts = fact.Write(facts, code);
        }

        return facts;
    }
}
