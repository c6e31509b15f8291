using System.Globalization;
using System.Text;

namespace Vertebra.Interop.Tests;

/// <summary>Builds QuestionnaireResponse JSON for the tests.</summary>
internal static class Answers
{
    public static readonly string[] RedFlags =
    [
        "bladder_or_bowel_change", "saddle_numbness", "major_trauma", "fever", "cancer_history", "iv_drug_use_or_immunosuppressed",
        "minor_trauma_with_osteoporosis", "weight_loss", "night_pain",
    ];

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
    public static string NoRedFlags(params (string, string)[] more) =>
        Response([.. RedFlags.Select(No), Choice("weakness", "none"), .. more]);
}
