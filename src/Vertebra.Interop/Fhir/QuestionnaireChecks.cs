using Hl7.Fhir.Model;

namespace Vertebra.Interop.Fhir;

/// <summary>
/// The Questionnaire invariants of FHIR R4 that the SDK's element validation does not run (they live in the
/// StructureDefinitions, which are not shipped offline): que-1, que-2, que-4, que-5, que-6, que-7, que-12, and that
/// every enableWhen points at an existing question with an answer of its type.
/// </summary>
internal static class QuestionnaireChecks
{
    public static IReadOnlyList<string> Check(Questionnaire questionnaire)
    {
        var problems = new List<string>();
        var items = Flatten(questionnaire.Item).ToList();
        foreach (var group in items.GroupBy(i => i.LinkId).Where(g => g.Count() > 1))
        {
            problems.Add($"que-2: linkId '{group.Key}' is used {group.Count()} times.");
        }

        var byLink = items.GroupBy(i => i.LinkId ?? "").ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var item in items)
        {
            var type = item.Type;
            if (type == Questionnaire.QuestionnaireItemType.Group && item.Item.Count == 0)
            {
                problems.Add($"que-1: group '{item.LinkId}' has no items.");
            }

            if (type == Questionnaire.QuestionnaireItemType.Display && (item.Item.Count > 0 || item.Required is not null || item.Repeats is not null))
            {
                problems.Add($"que-1/que-6: display item '{item.LinkId}' has items, required or repeats.");
            }

            if (item.AnswerOption.Count > 0 && item.AnswerValueSet is not null)
            {
                problems.Add($"que-4: '{item.LinkId}' has both answerOption and answerValueSet.");
            }

            var optionsAllowed = type is Questionnaire.QuestionnaireItemType.Choice or Questionnaire.QuestionnaireItemType.OpenChoice
                or Questionnaire.QuestionnaireItemType.Integer or Questionnaire.QuestionnaireItemType.Decimal
                or Questionnaire.QuestionnaireItemType.Date or Questionnaire.QuestionnaireItemType.DateTime
                or Questionnaire.QuestionnaireItemType.Time or Questionnaire.QuestionnaireItemType.String
                or Questionnaire.QuestionnaireItemType.Quantity;
            if (!optionsAllowed && (item.AnswerOption.Count > 0 || item.AnswerValueSet is not null))
            {
                problems.Add($"que-5: '{item.LinkId}' of type {type} may not have answer options.");
            }

            if (item.EnableWhen.Count > 1 && item.EnableBehavior is null)
            {
                problems.Add($"que-12: '{item.LinkId}' has several enableWhen but no enableBehavior.");
            }

            foreach (var when in item.EnableWhen)
            {
                if (when.Operator == Questionnaire.QuestionnaireItemOperator.Exists && when.Answer is not FhirBoolean)
                {
                    problems.Add($"que-7: '{item.LinkId}' uses 'exists' without a boolean answer.");
                }

                if (!byLink.TryGetValue(when.Question ?? "", out var target))
                {
                    problems.Add($"'{item.LinkId}' is enabled by unknown question '{when.Question}'.");
                }
                else if (!AnswerFits(target, when.Answer))
                {
                    problems.Add($"'{item.LinkId}' is enabled by an answer that question '{when.Question}' cannot give.");
                }
            }
        }

        return problems;
    }

    private static bool AnswerFits(Questionnaire.ItemComponent target, DataType? answer) => target.Type switch
    {
        Questionnaire.QuestionnaireItemType.Boolean => answer is FhirBoolean,
        Questionnaire.QuestionnaireItemType.Integer => answer is Integer,
        Questionnaire.QuestionnaireItemType.Choice => answer is Coding c
            && target.AnswerOption.Any(o => o.Value is Coding oc && oc.Code == c.Code && oc.System == c.System),
        _ => answer is not null,
    };

    internal static IEnumerable<Questionnaire.ItemComponent> Flatten(IEnumerable<Questionnaire.ItemComponent> items)
    {
        foreach (var item in items)
        {
            yield return item;
            foreach (var child in Flatten(item.Item))
            {
                yield return child;
            }
        }
    }
}
