using Microsoft.Extensions.Time.Testing;

namespace Vertebra.Guidance.Tests;

public sealed class GuidanceEngineTests
{
    private static readonly CaseFacts NoRedFlags = new()
    {
        Age = 35,
        SaddleNumbness = false,
        BladderOrBowelChange = false,
        Weakness = Weakness.None,
        MajorTrauma = false,
        Fever = false,
        CancerHistory = false,
        IvDrugUseOrImmunosuppressed = false,
        MinorTraumaWithOsteoporosis = false,
        WeightLoss = false,
        NightPain = false,
        ThoracicPain = false,
        ChestOrAbdominalPain = false,
        RecentSpinalProcedure = false,
        LegPain = LegPain.None,
        Numbness = false,
        GaitOrHandClumsiness = false,
        SexualDysfunctionNew = false,
    };

    [Fact]
    public void Evaluate_PainlessUrinaryRetentionOnly_IsEmergency()
    {
        var result = Engines.Default.Evaluate(NoRedFlags with { BackPain = true, LegPain = LegPain.None, BladderOrBowelChange = true, PainScore = 2 });
        Assert.Equal(TriageLevel.Emergency, result.Triage);
        Assert.Equal(Route.EmergencyDepartment, result.Route);
        Assert.Contains(result.Trace, t => t.Rule == "ces-bladder-bowel");
    }

    [Fact]
    public void Evaluate_CancerHistoryWithNewWeakness_IsEmergency()
    {
        var result = Engines.Default.Evaluate(NoRedFlags with { CancerHistory = true, BackPain = true, Weakness = Weakness.Stable });
        Assert.Equal(TriageLevel.Emergency, result.Triage);
    }

    [Fact]
    public void Evaluate_CancerHistoryWithSpinePain_IsUrgentWithin24Hours()
    {
        var result = Engines.Default.Evaluate(NoRedFlags with { CancerHistory = true, BackPain = true, Numbness = false, LegPain = LegPain.None, ArmPain = false, GaitOrHandClumsiness = false });
        Assert.Equal(TriageLevel.Urgent, result.Triage);
        Assert.Contains(result.Advice, a => a.Text.Contains("within 24 hours", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_AcuteSevereDiscPain_MakesMassageContraindicated()
    {
        var result = Engines.Default.Evaluate(NoRedFlags with { Diagnosis = Diagnosis.Ldh, OnsetDays = 5, PainScore = 8, BackPain = true, LegPain = LegPain.OneLeg });
        Assert.Equal(MassageVerdict.Contraindicated, result.Massage);
        Assert.Contains(result.Advice, a => a.Id == "massage-contraindicated");
    }

    [Fact]
    public void Evaluate_NoDiagnosisYet_MassageOnlyAfterDiagnosis()
    {
        var result = Engines.Default.Evaluate(NoRedFlags with { Diagnosis = Diagnosis.None, OnsetDays = 30, PainScore = 3, BackPain = true, LegPain = LegPain.None, Numbness = false });
        Assert.Equal(MassageVerdict.AfterDiagnosisOnly, result.Massage);
    }

    [Fact]
    public void Evaluate_EveryResult_CarriesSafetyNettingWithCitations()
    {
        var result = Engines.Default.Evaluate(CaseFacts.Empty);
        var safetyNet = Assert.Single(result.Advice, a => a.Id == "safety-net");
        Assert.NotEmpty(safetyNet.Citations);
        Assert.Contains("emergency department", safetyNet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TraceListsFiredRulesWithTheFactsTheyUsed()
    {
        var result = Engines.Default.Evaluate(NoRedFlags with { Fever = true, BackPain = true });
        var fever = Assert.Single(result.Trace, t => t.Rule == "fever");
        Assert.Equal(["fever=true"], fever.Facts);
    }

    [Fact]
    public void Evaluate_AllRedFlagsAnswered_IsNotProvisional()
    {
        var result = Engines.Default.Evaluate(NoRedFlags with { BackPain = true, OnsetDays = 3, PainScore = 4 });
        Assert.False(result.Provisional);
        Assert.DoesNotContain(result.Flags, f => f.Id == "provisional");
    }

    [Fact]
    public void NextQuestions_OnEmptyCase_AsksRedFlagsFirstWithTextAndOptions()
    {
        var questions = Engines.Default.NextQuestions(CaseFacts.Empty);
        Assert.NotEmpty(questions);
        var redCount = Engines.Default.RedFlagFacts.Count;
        Assert.All(questions.Take(redCount), q => Assert.True(q.RedFlag));
        var emergencyFacts = Engines.Default.WarningSigns.Where(s => s.Level == WarningSignLevel.Emergency).SelectMany(s => s.Facts).ToHashSet();
        Assert.Contains(questions[0].Fact, emergencyFacts);
        Assert.Contains(questions.Take(redCount), q => q.Fact == "bladder_or_bowel_change");
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Text)));
        var weakness = Assert.Single(questions, q => q.Fact == "weakness");
        Assert.Equal(["none", "stable", "progressive"], weakness.Options.Select(o => o.Value));
    }

    [Fact]
    public void NextQuestions_WhenEmergencyIsCertain_StillAsksRemainingRedFlags()
    {
        var questions = Engines.Default.NextQuestions(new CaseFacts { SaddleNumbness = true });
        Assert.Contains(questions, q => q.Fact == "bladder_or_bowel_change");
        Assert.DoesNotContain(questions, q => q.Fact == "saddle_numbness");
    }

    [Fact]
    public void NextQuestions_CompleteCase_AsksNothing()
    {
        var facts = FactCatalog.All.Aggregate(CaseFacts.Empty, (f, d) => d.Write(f, d.Min));
        Assert.Empty(Engines.Default.NextQuestions(facts));
    }

    [Fact]
    public void Questions_CoverEveryFact()
    {
        Assert.Equal(FactCatalog.All.Select(f => f.Name).Order(), Engines.Default.Questions.Select(q => q.Fact).Order());
    }

    [Fact]
    public void IsReviewOverdue_AfterReviewByDate_IsTrue()
    {
        var engine = Engines.Default;
        var after = new FakeTimeProvider(new DateTimeOffset(engine.ReviewBy.AddDays(1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        after.SetLocalTimeZone(TimeZoneInfo.Utc);
        var before = new FakeTimeProvider(new DateTimeOffset(engine.ReviewedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        before.SetLocalTimeZone(TimeZoneInfo.Utc);
        Assert.True(engine.IsReviewOverdue(after));
        Assert.False(engine.IsReviewOverdue(before));
    }

    [Fact]
    public void ShippedRules_AreNotPastTheirReviewDate()
    {
        // Deliberately fails once review_by in content/guidance/ruleset.yaml has passed: stale rules must be re-reviewed.
        Assert.False(Engines.Default.IsReviewOverdue(TimeProvider.System), $"rules were due for review by {Engines.Default.ReviewBy}");
    }

    [Fact]
    public void Evaluate_FromManyThreads_GivesTheSameResults()
    {
        var cases = Enumerable.Range(0, 200).Select(i => CaseFactsGen.Build(Enumerable.Range(0, FactCatalog.Count).Select(j => (i * 7919) + (j * 104729)).ToArray())).ToArray();
        var expected = cases.Select(c => GuidanceResultJson.Serialize(Engines.Default.Evaluate(c))).ToArray();
        Parallel.For(0, 2000, i =>
        {
            var k = i % cases.Length;
            Assert.Equal(expected[k], GuidanceResultJson.Serialize(Engines.Default.Evaluate(cases[k])));
        });
    }
}
