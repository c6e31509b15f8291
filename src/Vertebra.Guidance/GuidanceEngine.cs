using System.Collections.ObjectModel;

namespace Vertebra.Guidance;

/// <summary>
/// The guidance engine: a rule set loaded from YAML, validated and compiled once.
/// Immutable and thread-safe; load it at start-up and share one instance.
/// </summary>
public sealed partial class GuidanceEngine
{
    private static readonly int FactCount = FactCatalog.Count;
    private static readonly string[][] ValueText = BuildValueText();

    private readonly CompiledRule[] _rules;
    private readonly AdviceItem[] _advice;
    private readonly GuidanceFlag[] _flags;
    private readonly int[] _massageAdvice;
    private readonly string[] _summaries;
    private readonly ulong _redFlagMask;
    private readonly int[] _questionOrder;
    private readonly NextQuestion[] _questionByFact;
    private readonly GuidanceFlag _provisionalFlag;
    private readonly WarningSign[] _signs;
    private readonly int[][] _signRules;

    private GuidanceEngine(RuleSetDefinition set)
    {
        Ruleset = set.Id + "@" + set.Version;
        ReviewedOn = set.Reviewed!.Value;
        ReviewBy = set.ReviewBy!.Value;
        var sources = set.Sources.ToDictionary(s => s.Id, s => $"{s.Name} ({s.Url})", StringComparer.Ordinal);
        var references = set.Sources.ToDictionary(
            s => s.Id,
            s => new SourceReference(s.Id, s.Name, s.Url.StartsWith("https://", StringComparison.Ordinal) ? s.Url : null),
            StringComparer.Ordinal);
        _advice = set.Advice
            .Select(a => new AdviceItem(a.Id, a.Text, Array.AsReadOnly(a.Cite.Select(c => sources[c]).ToArray()))
            {
                Sources = Array.AsReadOnly(a.Cite.Select(c => references[c]).ToArray()),
            })
            .ToArray();
        SignOff = set.SignOff.LastOrDefault(s => s.Version == set.Version);
        _flags = set.Flags.Select(f => new GuidanceFlag(f.Id, f.Text, f.Severity)).ToArray();
        _provisionalFlag = _flags.Single(f => f.Id == RuleSetValidator.ProvisionalFlagId);
        var adviceIndex = set.Advice.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var flagIndex = set.Flags.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _rules = set.Rules.Select(r => Compile(r, adviceIndex, flagIndex)).ToArray();
        _massageAdvice = Enum.GetValues<MassageVerdict>()
            .Select(v => set.MassageAdvice.TryGetValue(v, out var id) ? adviceIndex[id] : -1)
            .ToArray();
        _summaries = Enum.GetValues<TriageLevel>().Select(l => set.Summaries[l]).ToArray();
        _redFlagMask = set.Questions.Where(q => q.RedFlag).Aggregate(0UL, (m, q) => m | (1UL << q.Fact.Index));
        _questionOrder = set.Questions.Select(q => q.Fact.Index).ToArray();
        _questionByFact = new NextQuestion[FactCount];
        foreach (var q in set.Questions)
        {
            var f = q.Fact;
            _questionByFact[f.Index] = new NextQuestion(
                f.Name,
                q.Text,
                q.RedFlag,
                f.Kind,
                Array.AsReadOnly(q.Options.ToArray()),
                f.Kind == FactKind.Integer ? f.Min : null,
                f.Kind == FactKind.Integer && f.Max != int.MaxValue ? f.Max : null)
            {
                Topic = q.Topic,
                Short = q.Short,
            };
        }

        Topics = Array.AsReadOnly(set.Topics
            .Select(t => new QuestionTopic(t.Id, t.Title, Array.AsReadOnly(set.Questions.Where(q => q.Topic == t.Id).Select(q => _questionByFact[q.Fact.Index]).ToArray())))
            .ToArray());
        (_signs, _signRules, WarningSignCases) = BuildSigns(set, references, _rules);
        WarningSigns = Array.AsReadOnly(_signs);

        Questions = Array.AsReadOnly(_questionOrder.Select(i => _questionByFact[i]).ToArray());
        RedFlagFacts = Array.AsReadOnly(Questions.Where(q => q.RedFlag).Select(q => q.Fact).ToArray());
        RuleIds = Array.AsReadOnly(_rules.Select(r => r.Id).ToArray());
        RuleStatements = new ReadOnlyDictionary<string, string>(set.Rules.ToDictionary(r => r.Id, r => r.Statement, StringComparer.Ordinal));
    }

    /// <summary>The clinical sign-off of this rule-set version, or null when no clinician has signed it yet.</summary>
    public ClinicalSignOff? SignOff { get; }

    /// <summary>True when a clinician has signed off this version of the rules.</summary>
    public bool ClinicallyReviewed => SignOff is not null;

    /// <summary>The guide's pages: one topic each, in order, with their questions in order.</summary>
    public ReadOnlyCollection<QuestionTopic> Topics { get; }

    /// <summary>Each rule's plain-language statement, by rule id: how a trace is explained to a person.</summary>
    public ReadOnlyDictionary<string, string> RuleStatements { get; }

    /// <summary>Id and version of the loaded rule set, e.g. "vertebra-spine-guidance@1.0.0".</summary>
    public string Ruleset { get; }

    /// <summary>When clinicians last reviewed the rules.</summary>
    public DateOnly ReviewedOn { get; }

    /// <summary>The rules must be reviewed again by this date.</summary>
    public DateOnly ReviewBy { get; }

    /// <summary>All questions, in the order the questionnaire asks them (red flags first).</summary>
    public ReadOnlyCollection<NextQuestion> Questions { get; }

    /// <summary>The facts that are red flags: unknown ones make a result provisional.</summary>
    public ReadOnlyCollection<string> RedFlagFacts { get; }

    /// <summary>True when the rule with this id sets a triage level.</summary>
    public bool RuleSetsTriage(string ruleId) => _rules.Any(r => r.Id == ruleId && r.TriageRank >= 0);

    /// <summary>The rule ids, in evaluation order.</summary>
    public ReadOnlyCollection<string> RuleIds { get; }

    /// <summary>Every advice item and flag in the rule set (for checks over all texts).</summary>
    internal IEnumerable<(string Id, string Text, int Citations)> AllTexts() =>
        _advice.Select(a => (a.Id, a.Text, a.Citations.Count))
            .Concat(_flags.Select(f => (f.Id, f.Text, -1)))
            .Concat(_summaries.Select((t, i) => ("summary-" + i, t, -1)));

    /// <summary>Loads every *.yaml file in <paramref name="directory"/>, validates and compiles the rule set.</summary>
    /// <exception cref="GuidanceRuleException">A file is wrong; the message names the file, line, rule and problem.</exception>
    public static GuidanceEngine Load(string directory) => Load(directory, []);

    /// <summary>
    /// Loads the rules, as <see cref="Load(string)"/>, and requires every person-facing text in each of
    /// <paramref name="requiredLanguages"/> (e.g. <see cref="GuidanceLanguages.Chinese"/>): a missing text stops loading.
    /// The engine in another language is then <see cref="In"/>.
    /// </summary>
    public static GuidanceEngine Load(string directory, IReadOnlyCollection<string> requiredLanguages)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(requiredLanguages);
        var set = RuleSetReader.Read(directory);
        RuleSetValidator.Validate(set, directory);
        var engine = new GuidanceEngine(set);
        foreach (var language in requiredLanguages.Where(l => l != GuidanceLanguages.English))
        {
            engine._translations[language] = new GuidanceEngine(RuleSetTranslation.Translate(set, language));
        }

        return engine;
    }

    private readonly Dictionary<string, GuidanceEngine> _translations = new(StringComparer.Ordinal);

    /// <summary>
    /// The same rules with every question, advice, flag, summary and warning-sign text in <paramref name="language"/>;
    /// this engine itself for English.
    /// </summary>
    /// <exception cref="InvalidOperationException">The language was not required when the rules were loaded.</exception>
    public GuidanceEngine In(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (language == GuidanceLanguages.English)
        {
            return this;
        }

        return _translations.TryGetValue(language, out var translated)
            ? translated
            : throw new InvalidOperationException($"The guidance texts were not loaded in '{language}': load the rules with it required.");
    }

    /// <summary>True when the texts in <paramref name="language"/> were loaded (English always is).</summary>
    public bool Speaks(string language) => language == GuidanceLanguages.English || _translations.ContainsKey(language);

    /// <summary>True when today (from <paramref name="time"/>, local date) is after <see cref="ReviewBy"/>.</summary>
    public bool IsReviewOverdue(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetLocalNow().Date) > ReviewBy;
    }

    /// <summary>
    /// The unanswered questions that could still change the answer, red-flag questions first, then the
    /// questions that could raise urgency the most. Empty when nothing more needs asking.
    /// </summary>
    public IReadOnlyList<NextQuestion> NextQuestions(CaseFacts facts)
    {
        var missing = Evaluate(facts).Missing;
        var questions = new NextQuestion[missing.Count];
        for (var i = 0; i < missing.Count; i++)
        {
            questions[i] = _questionByFact[FactCatalog.Find(missing[i])!.Index];
        }

        return questions;
    }

    private static string[][] BuildValueText() =>
        FactCatalog.All
            .Select(f => Enumerable.Range(0, Math.Min(f.Max, 400) + 1).Select(c => f.Name + "=" + f.FormatValue(c)).ToArray())
            .ToArray();

    private static CompiledRule Compile(RuleDefinition rule, Dictionary<string, int> adviceIndex, Dictionary<string, int> flagIndex)
    {
        var mask = rule.When.FactMask();
        return new CompiledRule
        {
            Id = rule.Id,
            Condition = rule.When.Compile(),
            FactMask = mask,
            FactIndexes = Enumerable.Range(0, FactCount).Where(i => ((mask >> i) & 1UL) != 0).ToArray(),
            TriageRank = rule.Triage is { } t ? (int)t : -1,
            MassageRank = rule.Massage is { } m ? (int)m : -1,
            RouteRank = rule.Route is { } r ? (int)r : -1,
            RouteLevel = rule.Triage is { } level ? (int)level : 0,
            Advice = rule.Advice.Select(a => adviceIndex[a]).ToArray(),
            Flags = rule.Flags.Select(f => flagIndex[f]).ToArray(),
        };
    }
}
