using System.Text.Json;
using Xunit.Abstractions;

namespace Vertebra.Guidance.Tests;

public sealed class GuidanceResultJsonTests(ITestOutputHelper output)
{
    [Fact]
    public void Serialize_PartialCase_IsProvisionalAndListsMissingQuestions()
    {
        var facts = CaseFactsJson.Parse("""{"back_pain": true, "leg_pain": "one_leg", "onset_days": 10, "pain_score": 5}""");
        var json = GuidanceResultJson.Serialize(Engines.Default.Evaluate(facts));
        output.WriteLine(json);
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("provisional").GetBoolean());
        var missing = doc.RootElement.GetProperty("missing").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(missing[0], Engines.Default.RedFlagFacts);
        Assert.Contains("bladder_or_bowel_change", missing);
        Assert.False(doc.RootElement.GetProperty("clinically_reviewed").GetBoolean());
    }

    [Fact]
    public void Serialize_WritesEverySchemaFieldInSnakeCase()
    {
        var facts = new CaseFacts { SaddleNumbness = true, RequestedTreatment = RequestedTreatment.BoneSetting };
        var json = GuidanceResultJson.Serialize(Engines.Default.Evaluate(facts));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        foreach (var field in new[] { "triage", "route", "massage", "advice", "flags", "trace", "missing", "ruleset", "provisional", "summary" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing field {field} in {json}");
        }

        Assert.Equal("emergency", root.GetProperty("triage").GetString());
        Assert.Equal("emergency_department", root.GetProperty("route").GetString());
        Assert.Equal("contraindicated", root.GetProperty("massage").GetString());
        var advice = root.GetProperty("advice")[0];
        Assert.True(advice.TryGetProperty("id", out _));
        Assert.True(advice.TryGetProperty("text", out _));
        Assert.True(advice.GetProperty("citations").GetArrayLength() >= 1);
        var flag = root.GetProperty("flags").EnumerateArray().First(f => f.GetProperty("id").GetString() == "disc-cannot-be-pushed-back");
        Assert.Equal("warning", flag.GetProperty("severity").GetString());
        var trace = root.GetProperty("trace").EnumerateArray().First(t => t.GetProperty("rule").GetString() == "ces-saddle-numbness");
        Assert.Equal("saddle_numbness=true", trace.GetProperty("facts")[0].GetString());
        Assert.True(root.GetProperty("provisional").GetBoolean());
    }
}
