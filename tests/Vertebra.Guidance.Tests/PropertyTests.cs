using System.Text.RegularExpressions;
using CsCheck;

namespace Vertebra.Guidance.Tests;

public sealed partial class PropertyTests
{
    private const long Iterations = 3000;

    [GeneratedRegex(
        @"\b(can|could|will|may|might|should)\s+(be\s+)?(push|pushed|put|pop|popped|press|pressed|click|clicked|slot|slotted|reposition|repositioned)\s+(it\s+|them\s+|the\s+disc\s+|your\s+disc\s+)?back|\b(push|put|pop|press|click|slot)(es|s|ed|ing|ping|ped)?\s+(the\s+|a\s+|your\s+)?(slipped\s+|herniated\s+|bulging\s+)?discs?\s+back",
        RegexOptions.IgnoreCase)]
    private static partial Regex DiscPushedBack();

    [Fact]
    public void AnyRedFlag_GivesEmergencyOrUrgent()
    {
        Gen.Select(CaseFactsGen.Any, Gen.Int[0, CaseFactsGen.RedFlags.Length - 1]).Sample((facts, i) =>
        {
            var (name, apply) = CaseFactsGen.RedFlags[i];
            var result = Engines.Default.Evaluate(apply(facts));
            Assert.True(result.Triage >= TriageLevel.Urgent, $"red flag {name} gave {WireNames.Of(result.Triage)}");
            Assert.Equal(MassageVerdict.Contraindicated, result.Massage);
        }, iter: Iterations);
    }

    [Fact]
    public void ChildWithRedFlag_GetsAtLeastUrgent()
    {
        Gen.Select(CaseFactsGen.Any, Gen.Int[0, 15], Gen.Int[0, CaseFactsGen.RedFlags.Length - 1]).Sample((facts, age, i) =>
        {
            var result = Engines.Default.Evaluate(CaseFactsGen.RedFlags[i].Apply(facts with { Age = age }));
            Assert.True(result.Triage >= TriageLevel.Urgent);
            Assert.NotEqual(Route.SelfCare, result.Route);
        }, iter: Iterations);
    }

    [Fact]
    public void AddingSymptomOrRedFlag_NeverLowersUrgency()
    {
        Gen.Select(CaseFactsGen.Any, Gen.Int[0, CaseFactsGen.Worsenings.Length - 1]).Sample((facts, i) =>
        {
            var (name, apply) = CaseFactsGen.Worsenings[i];
            var before = Engines.Default.Evaluate(facts).Triage;
            var after = Engines.Default.Evaluate(apply(facts)).Triage;
            Assert.True(after >= before, $"adding {name} lowered triage from {WireNames.Of(before)} to {WireNames.Of(after)}");
        }, iter: Iterations);
    }

    [Fact]
    public void NoAdviceOrFlagText_SaysADiscCanBePushedBack()
    {
        Assert.Matches(DiscPushedBack(), "A bone setter can pop the disc back into place.");
        Assert.Matches(DiscPushedBack(), "Massage can push your disc back.");
        Assert.DoesNotMatch(DiscPushedBack(), "A disc cannot be pushed back into place.");
        CaseFactsGen.Any.Sample(facts =>
        {
            var result = Engines.Default.Evaluate(facts);
            foreach (var text in result.Advice.Select(a => a.Text).Concat(result.Flags.Select(f => f.Text)).Append(result.Summary ?? string.Empty))
            {
                Assert.DoesNotMatch(DiscPushedBack(), text);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void EveryTextInTheRuleSet_NeverSaysADiscCanBePushedBack_AndAdviceIsCited()
    {
        Assert.All(Engines.Default.AllTexts(), item =>
        {
            Assert.DoesNotMatch(DiscPushedBack(), item.Text);
            Assert.NotEqual(0, item.Citations);
        });
    }

    [Fact]
    public void DiscPushBackRequest_AlwaysCarriesTheCannotBePushedBackFlag()
    {
        Gen.Select(CaseFactsGen.Any, Gen.OneOf(RequestedTreatment.BoneSetting, RequestedTreatment.Manipulation)).Sample((facts, request) =>
        {
            var result = Engines.Default.Evaluate(facts with { RequestedTreatment = request });
            Assert.Contains(result.Flags, f => f.Id == "disc-cannot-be-pushed-back" && f.Text.Contains("cannot be pushed back", StringComparison.Ordinal));
        }, iter: 500);
    }

    [Fact]
    public void EveryAdviceItem_HasACitation_AndEveryResultHasSafetyNetting()
    {
        CaseFactsGen.Any.Sample(facts =>
        {
            var result = Engines.Default.Evaluate(facts);
            Assert.All(result.Advice, a => Assert.NotEmpty(a.Citations));
            Assert.Contains(result.Advice, a => a.Id == "safety-net");
        }, iter: Iterations);
    }

    [Fact]
    public void UnknownRedFlagFact_MakesResultProvisional_AndIsListedInMissing()
    {
        var redFlags = Engines.Default.RedFlagFacts;
        Gen.Select(CaseFactsGen.Complete, Gen.Int[0, redFlags.Count - 1]).Sample((facts, i) =>
        {
            var fact = FactCatalog.Find(redFlags[i])!;
            var result = Engines.Default.Evaluate(fact.Write(facts, FactDescriptor.Unknown));
            Assert.True(result.Provisional, $"{fact.Name} unknown but result not provisional");
            Assert.Contains(fact.Name, result.Missing);
            Assert.Contains(result.Flags, f => f.Id == "provisional");
        }, iter: Iterations);
    }

    [Fact]
    public void RedFlagsInMissing_ComeBeforeOtherFacts()
    {
        var redFlags = Engines.Default.RedFlagFacts.ToHashSet();
        CaseFactsGen.Any.Sample(facts =>
        {
            var missing = Engines.Default.Evaluate(facts).Missing;
            var firstOther = missing.ToList().FindIndex(m => !redFlags.Contains(m));
            var lastRed = missing.ToList().FindLastIndex(redFlags.Contains);
            Assert.True(firstOther < 0 || lastRed < firstOther, "a non-red-flag fact came before a red-flag fact: " + string.Join(", ", missing));
        }, iter: Iterations);
    }

    [Fact]
    public void EmergencyTriage_AlwaysRoutesToTheEmergencyDepartment()
    {
        CaseFactsGen.Any.Sample(facts =>
        {
            var result = Engines.Default.Evaluate(facts);
            Assert.True(result.Triage != TriageLevel.Emergency || result.Route == Route.EmergencyDepartment);
        }, iter: Iterations);
    }

    [Fact]
    public void SettingAnyFactToAWorseValue_NeverLowersTheLevel()
    {
        // Any symptom or sign, version 1 or 2; from unknown to any value too (unknown never raised the level).
        var facts = CaseFactsGen.Orderable;
        Gen.Select(CaseFactsGen.Any, Gen.Int[0, facts.Length - 1], Gen.Int[0, 10], Gen.Int[0, 10]).Sample((c, i, a, b) =>
        {
            var fact = facts[i];
            var current = fact.Read(c);
            var from = current == FactDescriptor.Unknown ? FactDescriptor.Unknown : Math.Min(current, fact.Max);
            var worse = from == FactDescriptor.Unknown ? fact.Min + (a % (fact.Max - fact.Min + 1)) : from + (b % (fact.Max - from + 1));
            var before = Engines.Default.Evaluate(c).Triage;
            var after = Engines.Default.Evaluate(fact.Write(c, worse)).Triage;
            Assert.True(after >= before, $"{fact.Name} {fact.FormatValue(from)} -> {fact.FormatValue(worse)} lowered {WireNames.Of(before)} to {WireNames.Of(after)}");
        }, iter: 20000);
    }

    [Fact]
    public void UnknownEmergencySign_InTheGuide_GivesUrgentOrHigher_WithAReasonNamingIt()
    {
        CaseFactsGen.Any.Sample(c =>
        {
            var answer = PersonFacingAnswer.For(Engines.Default, c);
            foreach (var sign in Engines.Default.UnknownWarningSigns(c).Where(s => s.Level == WarningSignLevel.Emergency))
            {
                Assert.True(answer.Triage >= TriageLevel.Urgent, $"{sign.Id} unknown but the guide says {WireNames.Of(answer.Triage)}");
                Assert.Contains(answer.UnsureSigns, u => u.Sign == sign && u.Reason.Contains(sign.Name[1..], StringComparison.Ordinal));
                Assert.NotEqual(Route.SelfCare, answer.Route);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void NotSureAboutEachEmergencySign_InAnOtherwiseCalmCase_GivesUrgent_WhileTheEngineKeepsItsLevel()
    {
        foreach (var c in Engines.Default.WarningSignCases.Where(x => x.Sign.Level == WarningSignLevel.Emergency))
        {
            // The sign's own facts answered "not sure"; everything else as in the case without the sign.
            var unsure = c.Sign.Facts.Aggregate(c.Without, (f, name) => FactCatalog.Find(name)!.Write(f, FactDescriptor.Unknown));
            var answer = PersonFacingAnswer.For(Engines.Default, unsure);
            Assert.True(answer.Triage >= TriageLevel.Urgent, $"not sure about {c.Sign.Id} gave {WireNames.Of(answer.Triage)}");
            Assert.Contains(answer.UnsureSigns, u => u.Sign.Id == c.Sign.Id);
            Assert.True(answer.Engine.Provisional || answer.Engine.Missing.Count > 0);
            Assert.True(answer.Engine.Triage <= Engines.Default.Evaluate(c.Without).Triage, "the engine's own level moved for an unknown fact");
        }
    }

    [Fact]
    public void UnknownFacts_NeverMoveTheEnginesLevel()
    {
        Gen.Select(CaseFactsGen.Complete, Gen.Int[0, FactCatalog.Count - 1]).Sample((c, i) =>
        {
            var fact = FactCatalog.All[i];
            var unknown = fact.Write(c, FactDescriptor.Unknown);
            var known = Engines.Default.Evaluate(c).Triage;
            var lower = Enumerable.Range(fact.Min, Math.Min(fact.Max, 130) - fact.Min + 1).Min(v => Engines.Default.Evaluate(fact.Write(c, v)).Triage);
            // Unknown behaves as "this fact fires nothing": never above any answered value, never below the lowest.
            var level = Engines.Default.Evaluate(unknown).Triage;
            Assert.True(level <= known || level == lower, $"{fact.Name} unknown raised the level");
            Assert.True(level <= lower, $"{fact.Name} unknown gave {WireNames.Of(level)}, above every answer ({WireNames.Of(lower)})");
        }, iter: 1000);
    }

    [Fact]
    public void MassageContraindicated_NeverRoutesToTheRehabilitationDepartment()
    {
        CaseFactsGen.Any.Sample(c =>
        {
            var result = Engines.Default.Evaluate(c);
            Assert.False(result.Massage == MassageVerdict.Contraindicated && result.Route == Route.RehabilitationDepartment, "a person who must not have massage was sent to the service that gives it");
        }, iter: Iterations);
    }
}
