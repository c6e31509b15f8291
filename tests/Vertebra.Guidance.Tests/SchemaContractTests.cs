using System.Text.Json;
using System.Text.Json.Nodes;
using Vertebra.Tests.Shared;

namespace Vertebra.Guidance.Tests;

/// <summary>
/// The engine against its contract: case-facts.schema.json (version 2) and guidance-result.schema.json. The engine's
/// fact names, types, ranges and values, and its result fields and values, are read from the schema copy shipped in
/// src/Vertebra.Guidance/Schemas (no hand-copied list here); that copy is compared with ../shared/spec when present.
/// </summary>
public sealed class SchemaContractTests
{
    private static JsonObject ShippedCaseFacts => (JsonObject)JsonNode.Parse(GuidanceSchemas.CaseFacts)!;

    private static JsonObject ShippedResult => (JsonObject)JsonNode.Parse(GuidanceSchemas.GuidanceResult)!;

    [SharedDataFact("spec/case-facts.schema.json")]
    public void ShippedCaseFactsSchema_IsTheSharedSpecification()
    {
        var shared = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedSpec, "case-facts.schema.json")));
        Assert.True(JsonNode.DeepEquals(shared, ShippedCaseFacts), "src/Vertebra.Guidance/Schemas/case-facts.schema.json differs from ../shared/spec: copy the new version and update the engine.");
    }

    [SharedDataFact("spec/case-facts.schema.json")]
    public void ShippedResultSchema_IsTheSharedSpecification()
    {
        var shared = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedSpec, "guidance-result.schema.json")));
        Assert.True(JsonNode.DeepEquals(shared, ShippedResult), "src/Vertebra.Guidance/Schemas/guidance-result.schema.json differs from ../shared/spec: copy the new version and update the engine.");
    }

    [SharedDataFact("spec/case-facts.schema.json")]
    public void Engine_MatchesTheSharedCaseFactsSchema()
    {
        var shared = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedSpec, "case-facts.schema.json")))!;
        AssertFactsMatch(shared);
    }

    [Fact]
    public void Engine_MatchesTheShippedCaseFactsSchema() => AssertFactsMatch(ShippedCaseFacts);

    [Fact]
    public void Engine_MatchesTheShippedResultSchema() => AssertResultMatches(ShippedResult);

    [SharedDataFact("spec/case-facts.schema.json")]
    public void Engine_MatchesTheSharedResultSchema() =>
        AssertResultMatches((JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedSpec, "guidance-result.schema.json")))!);

    [Fact]
    public void CaseFactsParser_RejectsFieldsTheSchemaDoesNotAllow()
    {
        Assert.False(ShippedCaseFacts["additionalProperties"]!.GetValue<bool>());
        var ex = Assert.Throws<CaseFactsException>(() => CaseFactsJson.Parse("""{"not_a_fact": true}"""));
        Assert.Equal("not_a_fact", ex.Field);
    }

    private static void AssertFactsMatch(JsonObject schema)
    {
        var properties = (JsonObject)schema["properties"]!;
        Assert.Equal(properties.Select(p => p.Key), FactCatalog.All.Select(f => f.Name));
        Assert.Equal(FactCatalog.All.Length, FactCatalog.Count);
        foreach (var fact in FactCatalog.All)
        {
            var property = (JsonObject)properties[fact.Name]!;
            if (property["enum"] is JsonArray values)
            {
                Assert.True(fact.Kind == FactKind.Choice, $"{fact.Name}: the schema has an enum, the engine reads {fact.Kind}");
                Assert.Equal(values.Select(v => v!.GetValue<string>()), fact.Choices);
                Assert.Equal(values.Count - 1, fact.Max);
                continue;
            }

            var type = property["type"]!.GetValue<string>();
            switch (type)
            {
                case "boolean":
                    Assert.True(fact.Kind == FactKind.Boolean, $"{fact.Name}: the schema says boolean, the engine reads {fact.Kind}");
                    break;
                case "integer":
                    Assert.True(fact.Kind == FactKind.Integer, $"{fact.Name}: the schema says integer, the engine reads {fact.Kind}");
                    Assert.Equal(property["minimum"]?.GetValue<int>() ?? int.MinValue, fact.Min);
                    Assert.Equal(property["maximum"]?.GetValue<int>() ?? int.MaxValue, fact.Max);
                    break;
                default:
                    Assert.Fail($"{fact.Name}: schema type '{type}' is not handled by the engine.");
                    break;
            }
        }
    }

    private static void AssertResultMatches(JsonObject schema)
    {
        var properties = (JsonObject)schema["properties"]!;
        Assert.Equal(SchemaEnum("triage").Order(), Enum.GetValues<TriageLevel>().Select(WireNames.Of).Order());
        Assert.Equal(SchemaEnum("route").Order(), Enum.GetValues<Route>().Select(WireNames.Of).Order());
        Assert.Equal(SchemaEnum("massage").Order(), Enum.GetValues<MassageVerdict>().Select(WireNames.Of).Order());
        var severity = properties["flags"]!["items"]!["properties"]!["severity"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(severity, Enum.GetValues<FlagSeverity>().Select(WireNames.Of));

        // Every required field, at every level, is written for a case that fires rules with advice, flags and a trace.
        var facts = new CaseFacts { SaddleNumbness = true, RequestedTreatment = RequestedTreatment.BoneSetting };
        using var doc = JsonDocument.Parse(GuidanceResultJson.Serialize(Engines.Default.Evaluate(facts)));
        var root = doc.RootElement;
        foreach (var field in schema["required"]!.AsArray().Select(v => v!.GetValue<string>()))
        {
            Assert.True(root.TryGetProperty(field, out _), $"the result has no '{field}'");
        }

        foreach (var (array, required) in new[] { ("advice", properties["advice"]!), ("flags", properties["flags"]!), ("trace", properties["trace"]!) })
        {
            Assert.NotEqual(0, root.GetProperty(array).GetArrayLength());
            foreach (var item in root.GetProperty(array).EnumerateArray())
            {
                foreach (var field in required["items"]!["required"]!.AsArray().Select(v => v!.GetValue<string>()))
                {
                    Assert.True(item.TryGetProperty(field, out _), $"an item of '{array}' has no '{field}'");
                }
            }
        }

        IEnumerable<string> SchemaEnum(string name) => properties[name]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
    }
}
