using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Vertebra.Web.Tests;

/// <summary>/openapi/v1.json lists every /api/* endpoint with schemas and an example, and each example works on the live site.</summary>
public sealed class OpenApiTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private async Task<JsonObject> DocumentAsync()
    {
        using var response = await site.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static JsonObject Resolve(JsonObject document, JsonNode schema)
    {
        var reference = schema["$ref"]?.GetValue<string>();
        return reference is null
            ? schema.AsObject()
            : document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!.AsObject();
    }

    [Fact]
    public async Task Document_ListsEveryApiEndpoint_AndNothingElse()
    {
        var paths = (await DocumentAsync())["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["/api/ask", "/api/claims/check", "/api/guidance", "/api/search"], paths);
    }

    [Fact]
    public async Task Document_CarriesTheShippedCaseFactsAndGuidanceResultSchemas()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!;
        Assert.Equal(JsonNode.Parse(Vertebra.Guidance.GuidanceSchemas.CaseFacts)!["properties"]!.AsObject().Select(p => p.Key),
            schemas["CaseFacts"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(JsonNode.Parse(Vertebra.Guidance.GuidanceSchemas.GuidanceResult)!["required"]!.AsArray().Select(r => r!.GetValue<string>()),
            schemas["GuidanceResult"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        var guidance = document["paths"]!["/api/guidance"]!["post"]!;
        Assert.Equal("#/components/schemas/CaseFacts", guidance["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/GuidanceResult", guidance["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/guidance")]
    [InlineData("/api/claims/check")]
    public async Task PostExample_OnTheLiveEndpoint_AnswersTheDocumentedExample(string path)
    {
        var document = await DocumentAsync();
        var operation = document["paths"]![path]!["post"]!;
        var request = operation["requestBody"]!["content"]!["application/json"]!["example"]!;
        var documented = operation["responses"]!["200"]!["content"]!["application/json"]!;
        using var content = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await site.Client.PostAsync(path, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(JsonNode.DeepEquals(documented["example"], answer), $"documented {documented["example"]!.ToJsonString()}\nlive {answer.ToJsonString()}");
        AssertFollows(document, Resolve(document, documented["schema"]!), answer);
        Assert.NotEmpty(answer.AsObject());
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/ask")]
    public async Task GetExample_OnTheLiveEndpoint_AnswersInTheDocumentedShape(string path)
    {
        var document = await DocumentAsync();
        var operation = document["paths"]![path]!["get"]!;
        var q = operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "q")!["example"]!.GetValue<string>();
        using var response = await site.Client.GetAsync(path + "?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var schema = Resolve(document, operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!);
        AssertFollows(document, schema, answer);
        var list = path == "/api/search" ? "hits" : "answers";
        Assert.NotEmpty(answer[list]!.AsArray());
    }

    /// <summary>Every property the answer has is in the schema, and every required property is in the answer (one level deep, and into array items).</summary>
    private static void AssertFollows(JsonObject document, JsonObject schema, JsonNode answer)
    {
        var properties = schema["properties"]!.AsObject();
        var given = answer.AsObject();
        foreach (var (name, value) in given)
        {
            Assert.True(properties.ContainsKey(name), $"the answer has '{name}', which the schema does not list");
            var property = Resolve(document, properties[name]!);
            if (value is JsonArray { Count: > 0 } array && property["items"] is { } items && Resolve(document, items).ContainsKey("properties"))
            {
                AssertFollows(document, Resolve(document, items), array[0]!);
            }
        }

        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            Assert.True(given.ContainsKey(required!.GetValue<string>()), $"the answer lacks required '{required}'");
        }
    }
}
