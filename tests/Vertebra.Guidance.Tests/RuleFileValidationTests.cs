namespace Vertebra.Guidance.Tests;

/// <summary>Bad rule files stop loading with a message naming the file, the rule and the problem.</summary>
public sealed class RuleFileValidationTests : IDisposable
{
    private readonly string _dir;

    public RuleFileValidationTests()
    {
        _dir = Path.Combine(Path.GetTempPath(), "vertebra-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        foreach (var file in new[] { "ruleset.yaml", "advice.yaml", "questions.yaml" })
        {
            File.Copy(Path.Combine(TestPaths.RulesDirectory, file), Path.Combine(_dir, file));
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ShippedRules_Load()
    {
        var engine = GuidanceEngine.Load(TestPaths.RulesDirectory);
        Assert.StartsWith("vertebra-spine-guidance@", engine.Ruleset, StringComparison.Ordinal);
        Assert.NotEmpty(engine.RuleIds);
    }

    [Fact]
    public void Load_RuleWithoutCitation_FailsNamingTheRule()
    {
        var ex = LoadBad("""
            rules:
              - id: no-cite-rule
                statement: A rule without a source.
                when: {fact: fever, equals: true}
                set: {triage: urgent}
            """);
        AssertNames(ex, "no-cite-rule", "no citation");
    }

    [Fact]
    public void Load_UnknownSourceId_FailsNamingTheRule()
    {
        var ex = LoadBad("""
            rules:
              - id: bad-source-rule
                statement: Cites a source that is not listed.
                when: {fact: fever, equals: true}
                set: {triage: urgent}
                cite: [made_up_source]
            """);
        AssertNames(ex, "bad-source-rule", "unknown source 'made_up_source'");
    }

    [Fact]
    public void Load_UnknownFact_FailsNamingTheRule()
    {
        var ex = LoadBad("""
            rules:
              - id: unknown-fact-rule
                statement: Uses a fact the schema does not have.
                when: {fact: headache, equals: true}
                set: {triage: urgent}
                cite: [nice_ng59]
            """);
        AssertNames(ex, "unknown-fact-rule", "unknown fact 'headache'");
    }

    [Fact]
    public void Load_UnknownEnumValue_FailsNamingTheRule()
    {
        var ex = LoadBad("""
            rules:
              - id: unknown-value-rule
                statement: Uses a leg pain value the schema does not have.
                when: {fact: leg_pain, equals: three_legs}
                set: {triage: soon}
                cite: [nice_ng59]
            """);
        AssertNames(ex, "unknown-value-rule", "unknown value 'three_legs'");
    }

    [Fact]
    public void Load_DuplicateRuleId_FailsNamingTheRule()
    {
        var ex = LoadBad("""
            rules:
              - id: twice
                statement: First.
                when: {fact: fever, equals: true}
                set: {triage: urgent}
                cite: [nice_ng59]
              - id: twice
                statement: Second.
                when: {fact: weight_loss, equals: true}
                set: {triage: urgent}
                cite: [nice_ng59]
            """);
        AssertNames(ex, "twice", "duplicate rule id");
    }

    [Fact]
    public void Load_ContradictoryConditions_FailsAsUnreachable()
    {
        var ex = LoadBad("""
            rules:
              - id: never-fires
                statement: Fever and no fever at once.
                when:
                  all:
                    - {fact: fever, equals: true}
                    - {fact: fever, equals: false}
                set: {triage: urgent, massage: contraindicated}
                cite: [nice_ng59]
            """);
        AssertNames(ex, "never-fires", "unreachable");
    }

    [Fact]
    public void Load_NumberRangeThatCannotHold_FailsAsUnreachable()
    {
        var ex = LoadBad("""
            rules:
              - id: empty-range
                statement: Onset at least 40 and at most 10 days.
                when:
                  all:
                    - {fact: onset_days, gte: 40}
                    - {fact: onset_days, lte: 10}
                set: {triage: soon}
                cite: [nice_ng59]
            """);
        AssertNames(ex, "empty-range", "unreachable");
    }

    [Fact]
    public void Load_MassageAcceptableWithRedFlag_FailsAsContradictory()
    {
        var ex = LoadBad("""
            rules:
              - id: massage-with-fever
                statement: Says massage is fine when there is a fever.
                when: {fact: fever, equals: true}
                set: {massage: acceptable}
                cite: [nice_ng59]
            """);
        AssertNames(ex, "massage-with-fever", "contradictory");
    }

    [Fact]
    public void Load_EmergencyRoutedToSelfCare_FailsAsContradictory()
    {
        var ex = LoadBad("""
            rules:
              - id: emergency-at-home
                statement: An emergency sent home.
                when: {fact: saddle_numbness, equals: true}
                set: {triage: emergency, route: self_care}
                cite: [girft_ces]
            """);
        AssertNames(ex, "emergency-at-home", "contradictory");
    }

    [Fact]
    public void Load_AdviceWithoutCitation_FailsNamingTheAdvice()
    {
        var ex = LoadBad("""
            advice:
              - id: uncited-advice
                text: Rest for a week.
            """);
        AssertNames(ex, "uncited-advice", "no citation");
    }

    private GuidanceRuleException LoadBad(string yaml)
    {
        var path = Path.Combine(_dir, "rules-bad.yaml");
        File.WriteAllText(path, yaml);
        var ex = Assert.Throws<GuidanceRuleException>(() => GuidanceEngine.Load(_dir));
        Assert.Contains("rules-bad.yaml", ex.Message, StringComparison.Ordinal);
        return ex;
    }

    private static void AssertNames(GuidanceRuleException ex, string id, string problem)
    {
        Assert.Contains($"'{id}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.Equal(id, ex.RuleId);
    }

    [Fact]
    public void Load_UrgentRuleThatLeavesMassageOpen_FailsAsIncomplete()
    {
        var ex = LoadBad("""
            rules:
              - id: urgent-without-massage
                statement: Urgent but massage not addressed.
                when: {fact: fever, equals: true}
                set: {triage: urgent}
                cite: [nice_ng59]
            """);
        AssertNames(ex, "urgent-without-massage", "contraindicated");
    }
}
