using Hl7.Fhir.Model;
using Vertebra.Guidance;
using Vertebra.Interop.Fhir;

namespace Vertebra.Interop.Tests;

public sealed class GuidanceOperationTests
{
    private static readonly SpineGuidanceFhir Fhir = new(TestData.Engine, TestData.Clock());

    [Fact]
    public void Evaluate_SaddleNumbness_IsAnEmergency()
    {
        var evaluation = Fhir.Evaluate(Answers.Response(Answers.Yes("saddle_numbness"), Answers.Yes("back_pain")));
        Assert.True(evaluation.Facts.SaddleNumbness);
        Assert.Equal(TriageLevel.Emergency, evaluation.Result.Triage);
        Assert.Equal(Route.EmergencyDepartment, evaluation.Result.Route);
    }

    [Fact]
    public void Evaluate_ReadsEveryAnswerType_LikeTheCaseFactsJson()
    {
        var evaluation = Fhir.Evaluate(Answers.NoRedFlags(
            Answers.Number("age", 42), Answers.Choice("leg_pain", "one_leg"), Answers.Choice("sex", "female"), Answers.No("pregnant"),
            Answers.Number("onset_days", 5), Answers.Number("pain_score", 8), Answers.Yes("back_pain")));
        var noSigns = string.Concat(Answers.RedFlags.Select(f => $"\"{f}\":false,"));
        var expected = CaseFactsJson.Parse("{" + noSigns + """
             "weakness":"none","age":42,"leg_pain":"one_leg","sex":"female","pregnant":false,"onset_days":5,"pain_score":8,"back_pain":true}
            """);
        Assert.Equal(expected, evaluation.Facts);
        Assert.Equal(TestData.Engine.Evaluate(expected), evaluation.Result, new ResultComparer());
    }

    [Fact]
    public void GuidanceResponse_UnansweredRedFlags_IsDataRequestedWithTheMissingQuestions()
    {
        var evaluation = Fhir.Evaluate(Answers.Response(Answers.Yes("back_pain")));
        var response = Fhir.ToGuidanceResponse(evaluation);
        Assert.True(evaluation.Result.Provisional);
        Assert.Equal(GuidanceResponse.GuidanceResponseStatus.DataRequested, response.Status);
        Assert.Equal(evaluation.Result.Missing.Count, response.DataRequirement.Count);
        Assert.Contains(response.DataRequirement, d => d.MustSupport.Single()!.Contains("saddle_numbness", StringComparison.Ordinal));
        Assert.Equal("Patient/123", response.Subject!.Reference);
    }

    [Fact]
    public void GuidanceResponse_AllRedFlagsAnswered_IsSuccessWithOutputsAndAdvice()
    {
        var evaluation = Fhir.Evaluate(Answers.NoRedFlags(Answers.Yes("back_pain"), Answers.Number("onset_days", 30), Answers.Choice("diagnosis", "nonspecific_back_pain")));
        var response = Fhir.ToGuidanceResponse(evaluation);
        Assert.False(evaluation.Result.Provisional);
        Assert.Equal(GuidanceResponse.GuidanceResponseStatus.Success, response.Status);
        var output = response.Contained.OfType<Parameters>().Single();
        Assert.Equal(WireNames.Of(evaluation.Result.Triage), Assert.IsType<Code>(output.GetSingle("triage")?.Value).Value);
        Assert.Equal("#output", response.OutputParameters!.Reference);
        var plan = response.Contained.OfType<RequestGroup>().Single();
        Assert.Equal(evaluation.Result.Advice.Count + evaluation.Result.Flags.Count, plan.Action.Count);
        Assert.All(plan.Action.Where(a => a.Prefix is null), a => Assert.NotEmpty(a.Documentation));
        Assert.Equal(GuidanceResponseWriter.ModulePrefix + TestData.Engine.Ruleset, ((FhirUri)response.Module).Value);
    }

    [Fact]
    public void GuidanceResponse_PassesTheSdkValidatorAndRoundTrips()
    {
        var response = Fhir.ToGuidanceResponse(Fhir.Evaluate(Answers.Response(Answers.Yes("saddle_numbness"))));
        Assert.Empty(FhirJson.Validate(response));
        var json = FhirJson.Serialize(response);
        var parsed = FhirJson.Parse<GuidanceResponse>(json);
        Assert.True(parsed.IsExactly(response));
        Assert.Equal(json, FhirJson.Serialize(parsed));
    }

    [Theory]
    [InlineData("not json", "not valid")]
    [InlineData("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",", "not valid")]
    [InlineData("{\"resourceType\":\"Patient\",\"id\":\"1\"}", "Expected a QuestionnaireResponse")]
    [InlineData("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"done\"}", "not a valid FHIR R4")]
    public void Evaluate_NotAQuestionnaireResponse_ThrowsWithAClearMessage(string body, string mentioned)
    {
        var ex = Assert.Throws<FhirInteropException>(() => Fhir.Evaluate(body));
        Assert.Contains(mentioned, ex.Message, StringComparison.Ordinal);
        Assert.Equal(400, ex.Status);
    }

    [Fact]
    public void Evaluate_Stu3ShapedResponse_IsRefusedAsNotR4()
    {
        // STU3 QuestionnaireResponse.questionnaire was a Reference; R4 made it a canonical string.
        const string stu3 = """{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":{"reference":"Questionnaire/spine-guidance"}}""";
        var ex = Assert.Throws<FhirInteropException>(() => Fhir.Evaluate(stu3));
        Assert.Equal(OperationOutcome.IssueType.Structure, ex.IssueType);
    }

    [Fact]
    public void Evaluate_R5OnlyElement_IsRefusedAsNotR4()
    {
        // QuestionnaireResponse.basedOn exists in R4, but "questionnaire" with an R5 element "subject" type is fine;
        // an element R4 does not define at all must be refused in strict mode.
        const string r5 = """{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"fever","answer":[{"valueBoolean":true}],"definitionCanonical":"x"}]}""";
        Assert.Throws<FhirInteropException>(() => Fhir.Evaluate(r5));
    }

    [Theory]
    [InlineData("{\"linkId\":\"bogus\",\"answer\":[{\"valueBoolean\":true}]}", "bogus")]
    [InlineData("{\"linkId\":\"fever\",\"answer\":[{\"valueString\":\"yes\"}]}", "valueBoolean")]
    [InlineData("{\"linkId\":\"age\",\"answer\":[{\"valueInteger\":500}]}", "age")]
    [InlineData("{\"linkId\":\"leg_pain\",\"answer\":[{\"valueCoding\":{\"code\":\"three_legs\"}}]}", "leg_pain")]
    [InlineData("{\"linkId\":\"fever\",\"answer\":[{\"valueBoolean\":true},{\"valueBoolean\":false}]}", "one answer")]
    public void Evaluate_AnswerThatDoesNotFit_NamesTheQuestion(string item, string mentioned)
    {
        var body = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[" + item + "]}";
        var ex = Assert.Throws<FhirInteropException>(() => Fhir.Evaluate(body));
        Assert.Contains(mentioned, ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Expression);
    }

    [Fact]
    public void Evaluate_AnswersToAnotherQuestionnaire_AreRefused()
    {
        const string body = """{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"http://example.org/Questionnaire/phq-9"}""";
        var ex = Assert.Throws<FhirInteropException>(() => Fhir.Evaluate(body));
        Assert.Equal(OperationOutcome.IssueType.NotSupported, ex.IssueType);
    }

    [Theory]
    [InlineData("application/fhir+json; fhirVersion=3.0")]
    [InlineData("application/fhir+json;fhirVersion=5.0")]
    public void CheckVersion_OtherFhirVersion_Throws(string header) =>
        Assert.Throws<FhirInteropException>(() => FhirJson.CheckVersion(header, "Content-Type"));

    [Theory]
    [InlineData(null)]
    [InlineData("application/fhir+json")]
    [InlineData("application/fhir+json; fhirVersion=4.0")]
    [InlineData("application/json")]
    public void CheckVersion_R4OrUnstated_Passes(string? header) => FhirJson.CheckVersion(header, "Content-Type");

    [Fact]
    public void Outcome_CarriesTheMessageAndExpression()
    {
        var outcome = FhirJson.Outcome(new FhirInteropException("bad") { Expression = "QuestionnaireResponse.item" });
        var issue = Assert.Single(outcome.Issue);
        Assert.Equal(OperationOutcome.IssueSeverity.Error, issue.Severity);
        Assert.Equal("bad", issue.Diagnostics);
        Assert.Empty(FhirJson.Validate(outcome));
    }

    private sealed class ResultComparer : IEqualityComparer<GuidanceResult>
    {
        public bool Equals(GuidanceResult? x, GuidanceResult? y) =>
            GuidanceResultJson.Serialize(x!) == GuidanceResultJson.Serialize(y!);

        public int GetHashCode(GuidanceResult obj) => GuidanceResultJson.Serialize(obj).GetHashCode(StringComparison.Ordinal);
    }
}
