using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Vertebra.Claims;
using Vertebra.Guidance;

namespace Vertebra.Web.Api;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, made by ASP.NET Core's own generator from the <c>/api/*</c>
/// endpoints. The generator sees the typed answers of search and ask; for guidance and claims, whose bodies are
/// written by their own serialisers, this adds the shipped JSON schemas (case facts, guidance result) and the claim
/// findings' schema. Every operation carries one example request; guidance and claims also an example answer, made by
/// running the engine on the example, so the document can never disagree with what the endpoint answers.
/// </summary>
internal static class OpenApiDocumentation
{
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The example case: massage asked for five days into a diagnosed lumbar disc herniation with leg pain.</summary>
    public const string GuidanceExample = """{"age":42,"back_pain":true,"leg_pain":"one_leg","onset_days":5,"diagnosis":"ldh","requested_treatment":"massage"}""";

    public const string ClaimsExample = """{"text":"Our massage pushes the slipped disc back into place."}""";

    public const string SearchExample = "sciatica";

    public const string AskExample = "Can massage help a herniated disc?";

    private const string ClaimFindingsSchema = """
        {
          "type": "object",
          "required": ["findings", "truncated"],
          "properties": {
            "findings": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["category", "start", "length", "text", "severity", "why", "source_name", "source_url", "article_slug", "language"],
                "properties": {
                  "category": { "type": "string", "description": "the claim's category, such as reposition_disc" },
                  "start": { "type": "integer", "minimum": 0, "description": "index of the claim's first character in the text (UTF-16 code units)" },
                  "length": { "type": "integer", "minimum": 1 },
                  "text": { "type": "string", "description": "the words found" },
                  "severity": { "enum": ["warning", "critical"] },
                  "why": { "type": "string", "description": "why the claim is wrong, in plain words" },
                  "source_name": { "type": "string" },
                  "source_url": { "type": "string" },
                  "article_slug": { "type": "string", "description": "the Vertebra article that explains it, at /articles/{slug} (a Chinese finding's at /zh/articles/{slug})" },
                  "language": { "enum": ["en", "zh"], "description": "the language of the sentence the claim was found in; why is written in it" }
                }
              }
            },
            "truncated": { "type": "boolean", "description": "true when checking stopped at the most findings one answer holds" }
          }
        }
        """;

    public static IServiceCollection AddVertebraOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, context, _) =>
            {
                Describe(document, context.ApplicationServices);
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapVertebraOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        return endpoints;
    }

    private static void Describe(OpenApiDocument document, IServiceProvider services)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Vertebra API",
            Version = "v1",
            Description = "Spine guidance, claim checking, search and question answering. Nothing sent is stored or logged. "
                + "General information, not a diagnosis.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas["CaseFacts"] = ParseSchema(GuidanceSchemas.CaseFacts, document);
        document.Components.Schemas["GuidanceResult"] = ParseSchema(GuidanceResultWithVertebraFields(), document);
        document.Components.Schemas["ClaimFindings"] = ParseSchema(ClaimFindingsSchema, document);

        var engine = services.GetRequiredService<GuidanceEngine>();
        var guidanceAnswer = GuidanceResultJson.Serialize(engine.Evaluate(CaseFactsJson.Parse(GuidanceExample)));
        Body(Operation(document, "/api/guidance", HttpMethod.Post), "CaseFacts", GuidanceExample, document,
            "Guidance for one person's case facts (case-facts schema version 2); every field is optional.");
        Answer(Operation(document, "/api/guidance", HttpMethod.Post), "GuidanceResult", guidanceAnswer, document);

        var checker = services.GetRequiredService<ClaimChecker>();
        var claimsAnswer = ClaimFindingJson.Serialize(checker.Check(JsonNode.Parse(ClaimsExample)!["text"]!.GetValue<string>()));
        var claims = Operation(document, "/api/claims/check", HttpMethod.Post);
        if (claims.RequestBody is OpenApiRequestBody claimsBody && claimsBody.Content is { } claimsContent && claimsContent.TryGetValue("application/json", out var claimsMedia))
        {
            claimsMedia.Example = JsonNode.Parse(ClaimsExample);
        }

        Answer(claims, "ClaimFindings", claimsAnswer, document);

        QueryExample(Operation(document, "/api/search", HttpMethod.Get), SearchExample);
        QueryExample(Operation(document, "/api/ask", HttpMethod.Get), AskExample);
    }

    private static OpenApiOperation Operation(OpenApiDocument document, string path, HttpMethod method) =>
        document.Paths.TryGetValue(path, out var item) && item.Operations?.TryGetValue(method, out var operation) == true && operation is not null
            ? operation
            : throw new InvalidOperationException($"The OpenAPI document has no {method} {path}.");

    private static void Body(OpenApiOperation operation, string schema, string example, OpenApiDocument document, string description)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new() { Schema = new OpenApiSchemaReference(schema, document), Example = JsonNode.Parse(example) },
            },
        };
    }

    private static void Answer(OpenApiOperation operation, string schema, string example, OpenApiDocument document)
    {
        operation.Responses ??= new OpenApiResponses();
        var ok = operation.Responses.TryGetValue("200", out var existing) && existing is OpenApiResponse found ? found : new OpenApiResponse { Description = "OK" };
        ok.Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            ["application/json"] = new() { Schema = new OpenApiSchemaReference(schema, document), Example = JsonNode.Parse(example) },
        };
        operation.Responses["200"] = ok;
    }

    private static void QueryExample(OpenApiOperation operation, string q)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: "q" } query)
            {
                query.Example = JsonValue.Create(q);
                query.Description = "The words to search for, or the question.";
            }
            else if (parameter is OpenApiParameter { Name: "top" } top)
            {
                top.Description = "How many results (1 to 50).";
            }
        }
    }

    /// <summary>
    /// The shipped guidance-result schema (the shared contract, which allows more properties) with the three fields
    /// Vertebra's answers add, so the document names everything the endpoint sends.
    /// </summary>
    private static string GuidanceResultWithVertebraFields()
    {
        var schema = JsonNode.Parse(GuidanceSchemas.GuidanceResult)!.AsObject();
        var properties = schema["properties"]!.AsObject();
        properties["provisional"] ??= JsonNode.Parse("""{"type":"boolean","description":"true when a red-flag question is unanswered: the answer may get more urgent"}""");
        properties["clinically_reviewed"] ??= JsonNode.Parse("""{"type":"boolean","description":"true when a clinician has signed off this version of the rule set"}""");
        properties["summary"] ??= JsonNode.Parse("""{"type":"string","description":"one plain sentence saying what to do"}""");
        return schema.ToJsonString();
    }

    private static OpenApiSchema ParseSchema(string json, OpenApiDocument document)
    {
        // "$schema" and "$id" name the files the schemas live in; inside the document they are components.
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("$schema");
        node.Remove("$id");
        var schema = OpenApiModelFactory.Parse<OpenApiSchema>(node.ToJsonString(), OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic, "json");
        return schema is not null && diagnostic?.Errors.Count is null or 0
            ? schema
            : throw new InvalidOperationException("A shipped JSON schema could not be read into the OpenAPI document: "
                + string.Join("; ", diagnostic?.Errors.Select(e => e.Message) ?? []));
    }
}
