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

    /// <summary>
    /// Parses one resource of type <typeparamref name="T"/> the way real clients need it read: problems the SDK can
    /// recover from (a missing required element such as <c>Bundle.type</c>, an unknown element, a value in an older
    /// FHIR version's shape) are returned as <paramref name="issues"/> instead of refusing the resource. Only input
    /// that is not JSON, not a resource, or another resource type is refused.
    /// </summary>
    /// <param name="json">The resource's JSON.</param>
    /// <param name="issues">What was wrong but recovered from, as the SDK's error codes and element paths (no values, so no personal data).</param>
    /// <exception cref="FhirInteropException">The JSON is malformed, has no known resourceType, or is another resource type.</exception>
    public static T ParseLenient<T>(string json, out IReadOnlyList<string> issues)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(json);
        Resource? resource;
        IEnumerable<Hl7.Fhir.Utility.CodedException> problems;
        try
        {
            Strict.TryDeserializeResource(json, out resource, out problems);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new FhirInteropException("The body is not valid JSON: " + ex.Message, ex) { IssueType = OperationOutcome.IssueType.Structure };
        }
        catch (DeserializationFailedException ex)
        {
            resource = ex.PartialResult as Resource;
            problems = ex.Exceptions;
        }

        var list = problems.ToArray();
        if (resource is null)
        {
            throw new FhirInteropException("The body is not a FHIR R4 resource: " + (list.FirstOrDefault()?.Message ?? "no resourceType."))
            {
                IssueType = OperationOutcome.IssueType.Structure,
            };
        }

        if (resource is not T typed)
        {
            throw new FhirInteropException($"Expected a {typeof(T).Name} resource, not {resource.TypeName}.")
            {
                IssueType = OperationOutcome.IssueType.Invalid,
                Expression = "resourceType",
            };
        }

        issues = list.Select(Describe).Distinct(StringComparer.Ordinal).ToArray();
        return typed;
    }

    /// <summary>An SDK problem as its code and element path only: the message may quote a value from the record.</summary>
    private static string Describe(Hl7.Fhir.Utility.CodedException problem) =>
        problem is Hl7.Fhir.Utility.ExtendedCodedException { InstancePath: { Length: > 0 } path }
            ? $"{problem.ErrorCode} at {path}"
            : problem.ErrorCode;

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
