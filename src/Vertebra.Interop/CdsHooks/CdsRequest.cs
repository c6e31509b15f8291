using System.Text.Json;
using Hl7.Fhir.Model;
using Vertebra.Interop.Fhir;

namespace Vertebra.Interop.CdsHooks;

/// <summary>
/// A CDS Hooks 2.0 request, read leniently: only what a decision needs is required (the hook, <c>context.patientId</c>,
/// and for the order hooks <c>context.draftOrders</c>). Anything else that is off (a hookInstance that is not a UUID,
/// a Bundle without <c>type</c>, an unknown element) is kept as a warning and the request is answered.
/// </summary>
internal sealed class CdsRequest
{
    public required string Hook { get; init; }

    public required string PatientId { get; init; }

    public required JsonElement Context { get; init; }

    /// <summary>The FHIR server the client named, or null.</summary>
    public Uri? FhirServer { get; init; }

    /// <summary>The bearer token for <see cref="FhirServer"/>, or null.</summary>
    public string? AccessToken { get; init; }

    /// <summary>The prefetched Patient, or null when it was not sent.</summary>
    public Patient? Patient { get; init; }

    /// <summary>
    /// The prefetched Conditions, or null when they were not sent (or the client sent an OperationOutcome saying its
    /// prefetch failed). An empty list means "none on record": the spec sends <c>null</c> for a prefetch with no data.
    /// </summary>
    public IReadOnlyList<Hl7.Fhir.Model.Condition>? Conditions { get; init; }

    /// <summary>What was off in the request but did not stop the decision (no values from the record).</summary>
    public required List<string> Warnings { get; init; }

    /// <summary>Reads the request body (CDS Hooks 2.0 "HTTP Request").</summary>
    /// <exception cref="CdsRequestException">400 when the decision cannot be made: not JSON, or a needed field missing or unreadable.</exception>
    public static CdsRequest Read(JsonElement root, string expectedHook)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad("The request body must be a JSON object.");
        }

        var warnings = new List<string>();
        var hook = RequiredString(root, "hook");
        if (!string.Equals(hook, expectedHook, StringComparison.Ordinal))
        {
            throw Bad($"This service answers the '{expectedHook}' hook, not '{hook}'.", "Unknown hook.");
        }

        if (!root.TryGetProperty("hookInstance", out var instance) || instance.ValueKind != JsonValueKind.String || !Guid.TryParse(instance.GetString(), out _))
        {
            warnings.Add("hookInstance is missing or not a UUID");
        }

        Uri? server = null;
        if (root.TryGetProperty("fhirServer", out var serverJson) && serverJson.ValueKind != JsonValueKind.Null)
        {
            if (serverJson.ValueKind == JsonValueKind.String && Uri.TryCreate(serverJson.GetString(), UriKind.Absolute, out var parsed)
                && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp))
            {
                server = parsed;
            }
            else
            {
                warnings.Add("fhirServer is not an absolute http(s) URL; it is ignored");
            }
        }

        string? token = null;
        if (root.TryGetProperty("fhirAuthorization", out var auth) && auth.ValueKind == JsonValueKind.Object)
        {
            if (auth.TryGetProperty("access_token", out var t) && t.ValueKind == JsonValueKind.String)
            {
                token = t.GetString();
            }

            if (server is null)
            {
                warnings.Add("fhirAuthorization was sent without fhirServer");
            }
        }

        if (!root.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object)
        {
            throw Bad("context is required and must be an object.");
        }

        var patientId = RequiredString(context, "patientId", "context.patientId");
        Patient? patient = null;
        IReadOnlyList<Hl7.Fhir.Model.Condition>? conditions = null;
        if (root.TryGetProperty("prefetch", out var prefetch) && prefetch.ValueKind == JsonValueKind.Object)
        {
            if (prefetch.TryGetProperty(CdsHooksService.PatientKey, out var p) && p.ValueKind == JsonValueKind.Object && !IsOutcome(p))
            {
                patient = ParseResource<Patient>(p, "prefetch.patient", warnings);
                if (patient.Id is { Length: > 0 } id && !string.Equals(id, patientId, StringComparison.Ordinal))
                {
                    throw Bad($"prefetch.patient is Patient/{id}, but context.patientId is {patientId}: the prefetched record is another patient's.");
                }
            }

            if (prefetch.TryGetProperty(CdsHooksService.ConditionsKey, out var c))
            {
                if (c.ValueKind == JsonValueKind.Null)
                {
                    conditions = [];
                }
                else if (IsOutcome(c))
                {
                    warnings.Add("prefetch.conditions is an OperationOutcome: the client could not prefetch it");
                }
                else
                {
                    conditions = ParseResource<Bundle>(c, "prefetch.conditions", warnings)
                        .Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Condition>().ToArray();
                }
            }
        }
        else if (root.TryGetProperty("prefetch", out prefetch) && prefetch.ValueKind != JsonValueKind.Null)
        {
            warnings.Add("prefetch is not an object; it is ignored");
        }

        return new CdsRequest
        {
            Hook = hook, PatientId = patientId, Context = context, FhirServer = server, AccessToken = token,
            Patient = patient, Conditions = conditions, Warnings = warnings,
        };
    }

    /// <summary>Parses a FHIR resource inside the request with the SDK, leniently; recovered problems become warnings.</summary>
    /// <exception cref="CdsRequestException">400 naming <paramref name="where"/> when it is not a readable resource of that type.</exception>
    public static T ParseResource<T>(JsonElement element, string where, List<string> warnings)
        where T : Resource
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Bad($"{where} must be a FHIR resource (a JSON object).");
        }

        try
        {
            var resource = FhirJson.ParseLenient<T>(element.GetRawText(), out var issues);
            warnings.AddRange(issues.Select(i => $"{where}: {i}"));
            return resource;
        }
        catch (FhirInteropException ex)
        {
            throw Bad($"{where}: {ex.Message}");
        }
    }

    public static CdsRequestException Bad(string detail, string title = "The CDS Hooks request is not valid.") =>
        new(detail) { Status = 400, Title = title };

    private static bool IsOutcome(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("resourceType", out var type)
        && type.ValueKind == JsonValueKind.String && type.GetString() == "OperationOutcome";

    private static string RequiredString(JsonElement parent, string name, string? path = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Bad($"{path ?? name} is required and must be a non-empty string.");
        }

        return value.GetString()!;
    }
}
