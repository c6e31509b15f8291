namespace Vertebra.Guidance;

/// <summary>
/// Checks a rule set before it is compiled: unknown or duplicate ids, missing citations, unknown sources,
/// questions for every fact, and rules that can never fire or that contradict the policy.
/// </summary>
internal static class RuleSetValidator
{
    /// <summary>Flag id the engine shows when a red-flag question is unanswered.</summary>
    public const string ProvisionalFlagId = GuidanceFlag.ProvisionalId;

    private const long MaxProbeCases = 2_000_000;

    public static void Validate(RuleSetDefinition set, string directory)
    {
        if (set.HeaderFile is null)
        {
            throw new GuidanceRuleException(directory, 0, null, "no file has a 'ruleset' header with id, version, reviewed and review_by.");
        }

        var header = set.HeaderFile;
        var sources = Unique(set.Sources, s => s.Id, _ => header, "source");
        foreach (var source in set.Sources.Where(s => !s.Url.StartsWith("https://", StringComparison.Ordinal) && !s.Url.StartsWith("http://", StringComparison.Ordinal) && !s.Url.StartsWith("urn:", StringComparison.Ordinal)))
        {
            throw new GuidanceRuleException(header, 0, source.Id, $"source url '{source.Url}' must start with https://, http:// or urn:.");
        }

        var advice = Unique(set.Advice, a => a.Id, a => a.File, "advice");
        foreach (var item in set.Advice)
        {
            CheckCitations(item.File, item.Line, item.Id, item.Cite, sources, "advice");
        }

        var flags = Unique(set.Flags, f => f.Id, f => f.File, "flag");
        if (!flags.ContainsKey(ProvisionalFlagId))
        {
            throw new GuidanceRuleException(header, 0, null, $"the flag '{ProvisionalFlagId}' (shown when a red-flag question is unanswered) is missing.");
        }

        Unique(set.Rules, r => r.Id, r => r.File, "rule");
        foreach (var rule in set.Rules)
        {
            ValidateRule(rule, sources, advice, flags, set.Questions);
        }

        Unique(set.Questions, q => q.Fact.Name, q => q.File, "question for fact");
        foreach (var fact in FactCatalog.All.Where(f => set.Questions.All(q => q.Fact != f)))
        {
            throw new GuidanceRuleException(header, 0, null, $"no question for fact '{fact.Name}': every fact needs a question text.");
        }

        foreach (var level in Enum.GetValues<TriageLevel>().Where(l => !set.Summaries.ContainsKey(l)))
        {
            throw new GuidanceRuleException(header, 0, null, $"no summary for triage level '{WireNames.Of(level)}'.");
        }

        foreach (var (verdict, adviceId) in set.MassageAdvice.Where(p => !advice.ContainsKey(p.Value)))
        {
            throw new GuidanceRuleException(header, 0, null, $"massage_advice for '{WireNames.Of(verdict)}' names unknown advice '{adviceId}'.");
        }

        var topics = Unique(set.Topics, t => t.Id, _ => header, "topic");
        foreach (var question in set.Questions)
        {
            if (question.Topic is null && topics.Count > 0)
            {
                throw new GuidanceRuleException(question.File, question.Line, question.Fact.Name, $"the question has no 'topic' (topics: {string.Join(", ", topics.Keys)}).");
            }

            if (question.Topic is { } topic && !topics.ContainsKey(topic))
            {
                throw new GuidanceRuleException(question.File, question.Line, question.Fact.Name, $"unknown topic '{topic}' (topics: {string.Join(", ", topics.Keys)}).");
            }
        }

        WarningSignValidator.Validate(set, header, sources);
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, string> file, string what)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!map.TryAdd(id(item), item))
            {
                throw new GuidanceRuleException(file(item), 0, id(item), $"duplicate {what} id '{id(item)}' (also in {file(map[id(item)])}).");
            }
        }

        return map;
    }

    private static void CheckCitations(string file, int line, string id, IReadOnlyList<string> cite, Dictionary<string, SourceDefinition> sources, string what)
    {
        if (cite.Count == 0)
        {
            throw new GuidanceRuleException(file, line, id, $"the {what} has no citation: add 'cite' with at least one source id.");
        }

        foreach (var source in cite.Where(c => !sources.ContainsKey(c)))
        {
            throw new GuidanceRuleException(file, line, id, $"cites unknown source '{source}' (known sources: {string.Join(", ", sources.Keys)}).");
        }
    }

    private static void ValidateRule(
        RuleDefinition rule,
        Dictionary<string, SourceDefinition> sources,
        Dictionary<string, AdviceDefinition> advice,
        Dictionary<string, FlagDefinition> flags,
        List<QuestionDefinition> questions)
    {
        CheckCitations(rule.File, rule.Line, rule.Id, rule.Cite, sources, "rule");
        foreach (var a in rule.Advice.Where(a => !advice.ContainsKey(a)))
        {
            throw Fail(rule, $"names unknown advice '{a}'.");
        }

        foreach (var f in rule.Flags.Where(f => !flags.ContainsKey(f)))
        {
            throw Fail(rule, $"names unknown flag '{f}'.");
        }

        if (rule.Triage is null && rule.Massage is null && rule.Route is null && rule.Advice.Count == 0 && rule.Flags.Count == 0)
        {
            throw Fail(rule, "does nothing: it sets no triage, massage or route and gives no advice or flags.");
        }

        if (rule.Triage == TriageLevel.Emergency && rule.Route is { } route && route != Route.EmergencyDepartment)
        {
            throw Fail(rule, $"is contradictory: an emergency rule must route to the emergency department, not '{WireNames.Of(route)}'.");
        }

        if (rule.Triage >= TriageLevel.Urgent && rule.Route == Route.SelfCare)
        {
            throw Fail(rule, "is contradictory: an urgent or emergency rule cannot route to self care.");
        }

        if (rule.Triage >= TriageLevel.Urgent && rule.Massage != MassageVerdict.Contraindicated)
        {
            throw Fail(rule, "is incomplete: a rule that sets urgent or emergency is a red flag, so it must also set massage 'contraindicated'.");
        }

        if (rule.Massage == MassageVerdict.Acceptable && rule.Triage >= TriageLevel.Urgent)
        {
            throw Fail(rule, "is contradictory: it sets massage 'acceptable' together with an urgent or emergency triage (red flags make massage contraindicated).");
        }

        var redFlagFacts = questions.Where(q => q.RedFlag).Select(q => q.Fact).ToArray();
        var (satisfiable, firesWithoutRedFlag, checkedAll) = Probe(rule.When, redFlagFacts);
        if (checkedAll && !satisfiable)
        {
            throw Fail(rule, "is unreachable: its conditions can never all be true (a contradiction inside 'when').");
        }

        if (checkedAll && rule.Massage == MassageVerdict.Acceptable && !firesWithoutRedFlag)
        {
            throw Fail(rule, "is contradictory: it sets massage 'acceptable' but can only fire when a red flag is present.");
        }
    }

    private static GuidanceRuleException Fail(RuleDefinition rule, string problem) => new(rule.File, rule.Line, rule.Id, problem);

    /// <summary>
    /// Tries every combination of interesting values of the facts the condition reads. Unknown is tried only
    /// for facts tested with 'is known/unknown': otherwise an unknown fact can never make a condition true.
    /// </summary>
    private static (bool Satisfiable, bool WithoutRedFlag, bool CheckedAll) Probe(Condition condition, FactDescriptor[] redFlagFacts)
    {
        var probes = new Dictionary<int, SortedSet<int>>();
        condition.CollectProbeValues(probes);
        var facts = probes.Keys.Select(i => FactCatalog.All[i]).ToArray();
        var domains = facts.Select(f => probes[f.Index].ToArray()).ToArray();
        long total = 1;
        foreach (var domain in domains)
        {
            total *= domain.Length;
            if (total > MaxProbeCases)
            {
                return (true, true, false);
            }
        }

        var compiled = condition.Compile();
        var positions = new int[facts.Length];
        var current = new int[FactCatalog.All.Length];
        Array.Fill(current, FactDescriptor.Unknown);
        for (var i = 0; i < facts.Length; i++)
        {
            current[facts[i].Index] = domains[i][0];
        }

        var satisfiable = false;
        var withoutRedFlag = false;
        while (true)
        {
            if (compiled(current) == Tri.True)
            {
                satisfiable = true;
                if (!HasRedFlag(current, redFlagFacts))
                {
                    withoutRedFlag = true;
                    return (true, true, true);
                }
            }

            var k = 0;
            while (k < facts.Length)
            {
                positions[k]++;
                if (positions[k] < domains[k].Length)
                {
                    current[facts[k].Index] = domains[k][positions[k]];
                    break;
                }

                positions[k] = 0;
                current[facts[k].Index] = domains[k][0];
                k++;
            }

            if (k == facts.Length)
            {
                return (satisfiable, withoutRedFlag, true);
            }
        }
    }

    /// <summary>A red-flag fact is present when a yes/no fact is true or a choice fact has its last (worst) value.</summary>
    internal static bool HasRedFlag(ReadOnlySpan<int> codes, FactDescriptor[] redFlagFacts)
    {
        foreach (var fact in redFlagFacts)
        {
            var code = codes[fact.Index];
            if (code != FactDescriptor.Unknown && code == fact.Max && fact.Kind != FactKind.Integer)
            {
                return true;
            }
        }

        return false;
    }
}
