using System.Globalization;
using System.Text;

namespace Vertebra.Interop.Tests;

/// <summary>Builds QuestionnaireResponse JSON for the tests.</summary>
internal static class Answers
{
    /// <summary>The engine's yes/no warning-sign questions (case facts version 2), read from the rule set.</summary>
    public static readonly string[] RedFlags = TestData.Engine.Questions
        .Where(q => q.RedFlag && q.Kind == Vertebra.Guidance.FactKind.Boolean)
        .Select(q => q.Fact)
        .ToArray();

    /// <summary>A QuestionnaireResponse whose answers are given as (linkId, JSON answer value) pairs.</summary>
    public static string Response(params (string LinkId, string Value)[] answers)
    {
        var items = new StringBuilder();
        foreach (var (linkId, value) in answers)
        {
            if (items.Length > 0)
            {
                items.Append(',');
            }

            items.Append(CultureInfo.InvariantCulture, $$"""{"linkId":"{{linkId}}","answer":[{{{value}}}]}""");
        }

        return $$"""
            {"resourceType":"QuestionnaireResponse","id":"qr1","status":"completed",
             "questionnaire":"https://vertebra.test/fhir/Questionnaire/spine-guidance",
             "subject":{"reference":"Patient/123"},
             "item":[{"linkId":"red-flags","item":[{{items}}]}]}
            """;
    }

    public static (string, string) Yes(string linkId) => (linkId, "\"valueBoolean\":true");

    public static (string, string) No(string linkId) => (linkId, "\"valueBoolean\":false");

    public static (string, string) Choice(string linkId, string code) => (linkId, $$"""
        "valueCoding":{"system":"https://vertebra.test/fhir/CodeSystem/case-facts-{{linkId.Replace('_', '-')}}","code":"{{code}}"}
        """);

    public static (string, string) Number(string linkId, int value) => (linkId, "\"valueInteger\":" + value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Every red-flag question answered "no", weakness "none", plus the given answers.</summary>
    public static string NoRedFlags(params (string LinkId, string Value)[] more)
    {
        var given = more.Select(m => m.LinkId).ToHashSet(StringComparer.Ordinal);
        (string LinkId, string Value)[] defaults = [.. RedFlags.Select(No), Choice("weakness", "none"), Choice("leg_pain", "none")];
        return Response([.. defaults.Where(d => !given.Contains(d.LinkId)), .. more]);
    }
}
