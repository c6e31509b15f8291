using System.Globalization;
using Hl7.Fhir.Model;
using Vertebra.Guidance;

namespace Vertebra.Interop.Fhir;

/// <summary>
/// Builds the FHIR R4 Questionnaire for the spine guidance from the engine's own questions, so the form a record
/// system shows and the rules that read the answers can never drift apart. Each question's linkId is its case-facts
/// field name. Warning-sign questions sit in a "red-flags" group and are required; the rest sit in "about".
/// </summary>
internal static class SpineQuestionnaire
{
    public const string Id = "spine-guidance";
    public const string RedFlagGroup = "red-flags";
    public const string OtherGroup = "about";
    private const string MinValue = "http://hl7.org/fhir/StructureDefinition/minValue";
    private const string MaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";

    /// <summary>
    /// Follow-up questions: shown only when an earlier answer makes them relevant. Only questions whose answer
    /// cannot matter otherwise are gated; hiding any other question would leave its fact unknown.
    /// </summary>
    internal static readonly (string Fact, string Trigger, string Value)[] FollowUps =
    [
        ("pregnant", "sex", "female"),
    ];

    public static string Canonical(string baseUrl) => baseUrl.TrimEnd('/') + "/fhir/Questionnaire/" + Id;

    public static string AnswerSystem(string baseUrl, string fact) => baseUrl.TrimEnd('/') + "/fhir/CodeSystem/case-facts-" + fact.Replace('_', '-');

    public static Questionnaire Build(GuidanceEngine engine, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var version = engine.Ruleset.Contains('@', StringComparison.Ordinal) ? engine.Ruleset[(engine.Ruleset.IndexOf('@', StringComparison.Ordinal) + 1)..] : engine.Ruleset;
        var questionnaire = new Questionnaire
        {
            Id = Id,
            Url = Canonical(baseUrl),
            Version = version,
            Name = "VertebraSpineGuidance",
            Title = "Back and neck pain: what to do next",
            Status = PublicationStatus.Active,
            SubjectType = [ResourceType.Patient],
            Date = engine.ReviewedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Publisher = "Vertebra spine department",
            Description = "Questions for the Vertebra spine guidance (rule set " + engine.Ruleset + "). Warning-sign questions come first and must be answered.",
            Purpose = "Answers feed POST /fhir/QuestionnaireResponse/$guidance, which returns the triage, route and advice.",
        };

        var redFlags = new Questionnaire.ItemComponent
        {
            LinkId = RedFlagGroup,
            Text = "Warning signs",
            Type = Questionnaire.QuestionnaireItemType.Group,
            Required = true,
        };
        var other = new Questionnaire.ItemComponent
        {
            LinkId = OtherGroup,
            Text = "About you and your pain",
            Type = Questionnaire.QuestionnaireItemType.Group,
        };

        var byFact = engine.Questions.ToDictionary(q => q.Fact, StringComparer.Ordinal);
        foreach (var question in Ordered(engine.Questions))
        {
            var item = Item(question, baseUrl);
            foreach (var (fact, trigger, value) in FollowUps)
            {
                if (fact == question.Fact && byFact.TryGetValue(trigger, out var triggerQuestion))
                {
                    item.EnableWhen.Add(new Questionnaire.EnableWhenComponent
                    {
                        Question = trigger,
                        Operator = Questionnaire.QuestionnaireItemOperator.Equal,
                        Answer = Answer(triggerQuestion, value, baseUrl),
                    });
                }
            }

            (question.RedFlag ? redFlags : other).Item.Add(item);
        }

        questionnaire.Item.Add(redFlags);
        questionnaire.Item.Add(other);
        return questionnaire;
    }

    /// <summary>The engine's order, except that a follow-up comes straight after the question it depends on.</summary>
    private static IEnumerable<NextQuestion> Ordered(IReadOnlyList<NextQuestion> questions)
    {
        var followUps = FollowUps.ToDictionary(f => f.Fact, f => f.Trigger, StringComparer.Ordinal);
        var present = questions.Select(q => q.Fact).ToHashSet(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            if (followUps.TryGetValue(question.Fact, out var trigger) && present.Contains(trigger))
            {
                continue;
            }

            yield return question;
            foreach (var follow in questions.Where(q => followUps.TryGetValue(q.Fact, out var t) && t == question.Fact))
            {
                yield return follow;
            }
        }
    }

    private static Questionnaire.ItemComponent Item(NextQuestion question, string baseUrl)
    {
        var item = new Questionnaire.ItemComponent
        {
            LinkId = question.Fact,
            Text = question.Text,
            Required = question.RedFlag ? true : null,
            Repeats = false,
        };
        switch (question.Kind)
        {
            case FactKind.Boolean:
                item.Type = Questionnaire.QuestionnaireItemType.Boolean;
                break;
            case FactKind.Choice:
                item.Type = Questionnaire.QuestionnaireItemType.Choice;
                foreach (var option in question.Options)
                {
                    item.AnswerOption.Add(new Questionnaire.AnswerOptionComponent
                    {
                        Value = new Coding(AnswerSystem(baseUrl, question.Fact), option.Value, option.Label),
                    });
                }

                break;
            default:
                item.Type = Questionnaire.QuestionnaireItemType.Integer;
                if (question.Min is { } min)
                {
                    item.Extension.Add(new Extension(MinValue, new Integer(min)));
                }

                if (question.Max is { } max)
                {
                    item.Extension.Add(new Extension(MaxValue, new Integer(max)));
                }

                break;
        }

        return item;
    }

    private static DataType Answer(NextQuestion trigger, string value, string baseUrl) => trigger.Kind switch
    {
        FactKind.Boolean => new FhirBoolean(value == "true"),
        FactKind.Choice => new Coding(AnswerSystem(baseUrl, trigger.Fact), value, trigger.Options.FirstOrDefault(o => o.Value == value)?.Label),
        _ => new Integer(int.Parse(value, CultureInfo.InvariantCulture)),
    };
}
