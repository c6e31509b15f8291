using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;

namespace Vertebra.Interop.Fhir;

/// <summary>FHIR R4 JSON in and out through the Firely SDK, plus the SDK's element validation.</summary>
public static class FhirJson
{
    /// <summary>The FHIR JSON media type this service speaks.</summary>
    public const string MediaType = "application/fhir+json";

    /// <summary>The FHIR version of every resource here (R4).</summary>
    public const string FhirVersion = "4.0";

    private static readonly FhirJsonDeserializer Strict = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    /// <summary>Parses one resource of type <typeparamref name="T"/> strictly.</summary>
    /// <exception cref="FhirInteropException">The JSON is malformed, not FHIR R4, or another resource type.</exception>
    public static T Parse<T>(string json)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(json);
        Resource resource;
        try
        {
            resource = Strict.DeserializeResource(json);
        }
        catch (DeserializationFailedException ex)
        {
            var first = ex.Exceptions.FirstOrDefault();
            throw new FhirInteropException("The body is not a valid FHIR R4 resource: " + (first?.Message ?? ex.Message), ex)
            {
                IssueType = OperationOutcome.IssueType.Structure,
            };
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new FhirInteropException("The body is not valid JSON: " + ex.Message, ex) { IssueType = OperationOutcome.IssueType.Structure };
        }

        return resource as T ?? throw new FhirInteropException(
            $"Expected a {typeof(T).Name} resource, not {resource.TypeName}.")
        {
            IssueType = OperationOutcome.IssueType.Invalid,
            Expression = "resourceType",
        };
    }

    /// <summary>Serialises a resource as compact FHIR JSON.</summary>
    public static string Serialize(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.ToJson(pretty: false);
    }

    /// <summary>Runs the SDK's element validation (cardinality, required elements, primitive formats) recursively.</summary>
    /// <returns>The problems found; empty when the resource is valid.</returns>
    public static IReadOnlyList<string> Validate(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Validate(ModelInfo.ModelInspector, NarrativeValidationKind.FhirXhtml, null, validateRecursively: true)
            .Select(e => e.Message)
            .ToArray();
    }

    /// <summary>An OperationOutcome with one error issue.</summary>
    public static OperationOutcome Outcome(FhirInteropException problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var issue = new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Error,
            Code = problem.IssueType,
            Diagnostics = problem.Message,
        };
        if (problem.Expression is not null)
        {
            issue.Expression = [problem.Expression];
        }

        return new OperationOutcome { Issue = [issue] };
    }

    /// <summary>
    /// Checks the <c>fhirVersion</c> parameter of a Content-Type or Accept header value (FHIR R4 http.html#version-parameter).
    /// Absent means "the server's version"; any value other than 4.0 is refused.
    /// </summary>
    /// <exception cref="FhirInteropException">The header asks for another FHIR version.</exception>
    public static void CheckVersion(string? headerValue, string headerName)
    {
        if (string.IsNullOrEmpty(headerValue))
        {
            return;
        }

        foreach (var part in headerValue.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("fhirVersion=", StringComparison.OrdinalIgnoreCase))
            {
                var version = part["fhirVersion=".Length..].Trim('"');
                if (!string.Equals(version, FhirVersion, StringComparison.Ordinal) && !version.StartsWith("4.0.", StringComparison.Ordinal))
                {
                    throw new FhirInteropException($"{headerName} asks for FHIR version {version}; this server speaks FHIR R4 (fhirVersion=4.0) only.")
                    {
                        IssueType = OperationOutcome.IssueType.NotSupported,
                    };
                }
            }
        }
    }
}
