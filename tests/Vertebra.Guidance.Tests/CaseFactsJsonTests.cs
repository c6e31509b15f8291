namespace Vertebra.Guidance.Tests;

public sealed class CaseFactsJsonTests
{
    [Fact]
    public void Parse_UnknownField_IsRejectedNamingTheField()
    {
        var ex = Assert.Throws<CaseFactsException>(() => CaseFactsJson.Parse("""{"age": 40, "headache": true}"""));
        Assert.Equal("headache", ex.Field);
        Assert.Contains("headache", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingField_MeansUnknownNotNo()
    {
        var facts = CaseFactsJson.Parse("""{"age": 40, "back_pain": true}""");
        Assert.Equal(40, facts.Age);
        Assert.True(facts.BackPain);
        Assert.Null(facts.SaddleNumbness);
        Assert.Null(facts.BladderOrBowelChange);
        Assert.Null(facts.Weakness);
    }

    [Fact]
    public void Parse_EmptyObject_IsAllUnknown_AndTheResultIsProvisional()
    {
        var facts = CaseFactsJson.Parse("{}");
        Assert.Equal(CaseFacts.Empty, facts);
        var result = Engines.Default.Evaluate(facts);
        Assert.True(result.Provisional);
        Assert.Contains("saddle_numbness", result.Missing);
    }

    [Theory]
    [InlineData("""{"pain_score": 11}""", "pain_score")]
    [InlineData("""{"age": -1}""", "age")]
    [InlineData("""{"age": 40.5}""", "age")]
    [InlineData("""{"onset_days": -3}""", "onset_days")]
    [InlineData("""{"leg_pain": "three_legs"}""", "leg_pain")]
    [InlineData("""{"weakness": "Progressive"}""", "weakness")]
    [InlineData("""{"fever": "yes"}""", "fever")]
    [InlineData("""{"fever": null}""", "fever")]
    [InlineData("""{"sex": 1}""", "sex")]
    public void Parse_OutOfRangeOrInvalidValue_IsRejectedNamingTheField(string json, string field)
    {
        var ex = Assert.Throws<CaseFactsException>(() => CaseFactsJson.Parse(json));
        Assert.Equal(field, ex.Field);
        Assert.Contains($"'{field}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepeatedField_IsRejected()
    {
        var ex = Assert.Throws<CaseFactsException>(() => CaseFactsJson.Parse("""{"fever": true, "fever": false}"""));
        Assert.Equal("fever", ex.Field);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("not json")]
    public void Parse_NotAnObject_IsRejected(string json)
    {
        Assert.Throws<CaseFactsException>(() => CaseFactsJson.Parse(json));
    }

    [Fact]
    public void Parse_EveryField_RoundTripsToTheRecord()
    {
        var facts = CaseFactsJson.Parse("""
            {"age": 42, "sex": "male", "pregnant": false, "onset_days": 21, "pain_score": 8, "back_pain": true,
             "leg_pain": "both_legs", "neck_pain": false, "arm_pain": false, "numbness": true, "weakness": "stable",
             "saddle_numbness": true, "bladder_or_bowel_change": true, "sexual_dysfunction_new": false, "fever": false,
             "cancer_history": false, "weight_loss": false, "major_trauma": false, "minor_trauma_with_osteoporosis": false,
             "long_term_steroids": false, "night_pain": false, "thoracic_pain": true, "chest_or_abdominal_pain": false,
             "iv_drug_use_or_immunosuppressed": false, "recent_spinal_procedure": true, "inflammatory_pattern": false,
             "diagnosis": "nonspecific_back_pain", "conservative_care_weeks": 3, "gait_or_hand_clumsiness": false,
             "requested_treatment": "bone_setting"}
            """);
        Assert.Equal(Sex.Male, facts.Sex);
        Assert.Equal(LegPain.BothLegs, facts.LegPain);
        Assert.Equal(Weakness.Stable, facts.Weakness);
        Assert.Equal(Diagnosis.NonspecificBackPain, facts.Diagnosis);
        Assert.Equal(RequestedTreatment.BoneSetting, facts.RequestedTreatment);
        Assert.Equal(3, facts.ConservativeCareWeeks);
        Assert.All(FactCatalog.All, f => Assert.NotEqual(FactDescriptor.Unknown, f.Read(facts)));
    }
}
