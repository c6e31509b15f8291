using Hl7.Fhir.Model;
using Vertebra.Guidance;
using Vertebra.Interop.Fhir;

namespace Vertebra.Interop.Tests;

public sealed class QuestionnaireTests
{
    private static readonly SpineGuidanceFhir Fhir = new(TestData.Engine, TestData.Clock());

    private static List<Questionnaire.ItemComponent> Questions(Questionnaire q) =>
        QuestionnaireChecks.Flatten(q.Item).Where(i => i.Type != Questionnaire.QuestionnaireItemType.Group).ToList();

    [Fact]
    public void Questionnaire_HasOneItemPerEngineQuestion_WithTheFactNameAsLinkId()
    {
        var items = Questions(Fhir.Questionnaire(TestData.BaseUrl));
        Assert.Equal(
            TestData.Engine.Questions.Select(q => q.Fact).Order(StringComparer.Ordinal),
            items.Select(i => i.LinkId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Questionnaire_AsksTheCaseFactsVersion2Questions_WithTheNewWarningSignsRequired()
    {
        var questionnaire = Fhir.Questionnaire(TestData.BaseUrl);
        var items = Questions(questionnaire).ToDictionary(i => i.LinkId!);
        foreach (var fact in new[] { "thoracic_pain", "chest_or_abdominal_pain", "recent_spinal_procedure", "inflammatory_pattern" })
        {
            Assert.Equal(Questionnaire.QuestionnaireItemType.Boolean, items[fact].Type);
        }

        var group = questionnaire.Item.Single(i => i.LinkId == "red-flags");
        Assert.Contains(group.Item, i => i.LinkId == "chest_or_abdominal_pain" && i.Required == true);
        Assert.Contains(group.Item, i => i.LinkId == "recent_spinal_procedure" && i.Required == true);
    }

    [Fact]
    public void Questionnaire_RedFlagItems_AreRequiredAndInTheRedFlagGroup()
    {
        var questionnaire = Fhir.Questionnaire(TestData.BaseUrl);
        var group = questionnaire.Item.Single(i => i.LinkId == "red-flags");
        Assert.Equal(TestData.Engine.RedFlagFacts.Order(StringComparer.Ordinal), group.Item.Select(i => i.LinkId).Order(StringComparer.Ordinal));
        Assert.All(group.Item, i => Assert.True(i.Required));
        Assert.All(questionnaire.Item.Single(i => i.LinkId == "about").Item, i => Assert.NotEqual(true, i.Required));
    }

    [Fact]
    public void Questionnaire_ItemTypesFollowTheFactKinds()
    {
        var items = Questions(Fhir.Questionnaire(TestData.BaseUrl)).ToDictionary(i => i.LinkId!);
        foreach (var question in TestData.Engine.Questions)
        {
            var item = items[question.Fact];
            switch (question.Kind)
            {
                case FactKind.Boolean:
                    Assert.Equal(Questionnaire.QuestionnaireItemType.Boolean, item.Type);
                    Assert.Empty(item.AnswerOption);
                    break;
                case FactKind.Choice:
                    Assert.Equal(Questionnaire.QuestionnaireItemType.Choice, item.Type);
                    Assert.Equal(question.Options.Select(o => o.Value), item.AnswerOption.Select(o => ((Coding)o.Value).Code));
                    Assert.All(item.AnswerOption, o => Assert.False(string.IsNullOrEmpty(((Coding)o.Value).Display)));
                    break;
                default:
                    Assert.Equal(Questionnaire.QuestionnaireItemType.Integer, item.Type);
                    Assert.Equal(question.Min, Assert.IsType<Integer>(item.GetExtension("http://hl7.org/fhir/StructureDefinition/minValue")?.Value).Value);
                    break;
            }
        }

        Assert.Equal(10, Assert.IsType<Integer>(items["pain_score"].GetExtension("http://hl7.org/fhir/StructureDefinition/maxValue")?.Value).Value);
    }

    [Fact]
    public void Questionnaire_PregnancyQuestion_IsEnabledOnlyForFemaleSex_AndComesAfterIt()
    {
        var items = Questions(Fhir.Questionnaire(TestData.BaseUrl));
        var pregnant = items.Single(i => i.LinkId == "pregnant");
        var when = Assert.Single(pregnant.EnableWhen);
        Assert.Equal("sex", when.Question);
        Assert.Equal(Questionnaire.QuestionnaireItemOperator.Equal, when.Operator);
        Assert.Equal("female", ((Coding)when.Answer).Code);
        Assert.True(items.FindIndex(i => i.LinkId == "sex") < items.FindIndex(i => i.LinkId == "pregnant"));
    }

    [Fact]
    public void Questionnaire_PassesTheSdkValidatorAndTheQuestionnaireInvariants()
    {
        var questionnaire = Fhir.Questionnaire(TestData.BaseUrl);
        Assert.Empty(FhirJson.Validate(questionnaire));
        Assert.Empty(QuestionnaireChecks.Check(questionnaire));
    }

    [Fact]
    public void Questionnaire_RoundTripsThroughTheSdkParser()
    {
        var json = Fhir.QuestionnaireJson(TestData.BaseUrl);
        var parsed = FhirJson.Parse<Questionnaire>(json);
        Assert.True(parsed.IsExactly(Fhir.Questionnaire(TestData.BaseUrl)));
        Assert.Equal(json, FhirJson.Serialize(parsed));
        Assert.Equal(TestData.BaseUrl + "/fhir/Questionnaire/spine-guidance", parsed.Url);
    }

    [Fact]
    public void QuestionnaireChecks_CatchBrokenQuestionnaires()
    {
        var broken = new Questionnaire
        {
            Status = PublicationStatus.Draft,
            Item =
            [
                new() { LinkId = "a", Type = Questionnaire.QuestionnaireItemType.Boolean, AnswerOption = [new() { Value = new Coding("s", "x") }] },
                new() { LinkId = "a", Type = Questionnaire.QuestionnaireItemType.Group },
                new()
                {
                    LinkId = "b", Type = Questionnaire.QuestionnaireItemType.Boolean,
                    EnableWhen = [new() { Question = "missing", Operator = Questionnaire.QuestionnaireItemOperator.Exists, Answer = new FhirString("x") }],
                },
            ],
        };
        var problems = QuestionnaireChecks.Check(broken);
        Assert.Contains(problems, p => p.StartsWith("que-2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("que-1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("que-5", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("que-7", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown question", StringComparison.Ordinal));
    }
}
