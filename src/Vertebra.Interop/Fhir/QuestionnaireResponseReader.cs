using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Vertebra.Guidance;

namespace Vertebra.Interop.Fhir;

/// <summary>
/// Turns the answers of a spine-guidance QuestionnaireResponse into case facts. The answers are written as a
/// case-facts JSON object and read by <see cref="CaseFactsJson"/>, so the same range and type checks apply as for
/// <c>POST /api/guidance</c>. An unanswered question stays unknown, never "no".
/// </summary>
internal static class QuestionnaireResponseReader
{
    public static CaseFacts Read(QuestionnaireResponse response, GuidanceEngine engine)
    {
        CheckHeader(response);
        var questions = engine.Questions.ToDictionary(q => q.Fact, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            Write(writer, response.Item, questions, seen, "QuestionnaireResponse");
            writer.WriteEndObject();
        }

        try
        {
            return CaseFactsJson.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        catch (CaseFactsException ex)
        {
            throw new FhirInteropException(ex.Message, ex)
            {
                Expression = ex.Field is null ? null : $"QuestionnaireResponse.item.where(linkId='{ex.Field}')",
                IssueType = OperationOutcome.IssueType.Value,
            };
        }
    }

    private static void CheckHeader(QuestionnaireResponse response)
    {
        if (response.Status == QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError)
        {
            throw new FhirInteropException("The QuestionnaireResponse is marked entered-in-error.") { Expression = "QuestionnaireResponse.status", IssueType = OperationOutcome.IssueType.BusinessRule };
        }

        var canonical = response.Questionnaire;
        if (!string.IsNullOrEmpty(canonical))
        {
            var path = canonical.Split('|')[0].TrimEnd('/');
            if (!path.EndsWith("Questionnaire/" + SpineQuestionnaire.Id, StringComparison.Ordinal) && path != SpineQuestionnaire.Id)
            {
                throw new FhirInteropException($"This operation reads answers to the {SpineQuestionnaire.Id} questionnaire, not '{canonical}'.")
                {
                    Expression = "QuestionnaireResponse.questionnaire",
                    IssueType = OperationOutcome.IssueType.NotSupported,
                };
            }
        }
    }

    private static void Write(
        Utf8JsonWriter writer,
        List<QuestionnaireResponse.ItemComponent> items,
        Dictionary<string, NextQuestion> questions,
        HashSet<string> seen,
        string path)
    {
        foreach (var item in items)
        {
            var linkId = item.LinkId ?? "";
            var where = $"{path}.item.where(linkId='{linkId}')";
            if (linkId is SpineQuestionnaire.RedFlagGroup or SpineQuestionnaire.OtherGroup)
            {
                Write(writer, item.Item, questions, seen, where);
                continue;
            }

            if (!questions.TryGetValue(linkId, out var question))
            {
                throw new FhirInteropException($"Unknown question '{linkId}'. The questions are: {string.Join(", ", questions.Keys)}.") { Expression = where };
            }

            if (!seen.Add(linkId))
            {
                throw new FhirInteropException($"Question '{linkId}' is answered more than once.") { Expression = where };
            }

            if (item.Answer.Count == 0)
            {
                continue;
            }

            if (item.Answer.Count > 1)
            {
                throw new FhirInteropException($"Question '{linkId}' takes one answer, not {item.Answer.Count}.") { Expression = where + ".answer" };
            }

            writer.WritePropertyName(linkId);
            WriteValue(writer, question, item.Answer[0].Value, where + ".answer");
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, NextQuestion question, DataType? value, string where)
    {
        switch (question.Kind, value)
        {
            case (FactKind.Boolean, FhirBoolean { Value: { } b }):
                writer.WriteBooleanValue(b);
                return;
            case (FactKind.Choice, Coding { Code: { } code }):
                writer.WriteStringValue(code);
                return;
            case (FactKind.Choice, FhirString { Value: { } text }):
                writer.WriteStringValue(text);
                return;
            case (FactKind.Integer, Integer { Value: { } number }):
                writer.WriteNumberValue(number);
                return;
            default:
                var expected = question.Kind switch
                {
                    FactKind.Boolean => "valueBoolean",
                    FactKind.Choice => "valueCoding",
                    _ => "valueInteger",
                };
                throw new FhirInteropException($"Question '{question.Fact}' needs {expected}, not {value?.TypeName ?? "an empty answer"}.") { Expression = where };
        }
    }
}
