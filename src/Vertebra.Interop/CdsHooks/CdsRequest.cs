using System.Text.Json;
using Hl7.Fhir.Model;
using Vertebra.Interop.Fhir;

namespace Vertebra.Interop.CdsHooks;

/// <summary>A CDS Hooks 2.0 request, checked: the fields every hook needs, and the prefetched FHIR resources parsed by the SDK.</summary>
internal sealed class CdsRequest
{
    public required string Hook { get; init; }

    public required Guid HookInstance { get; init; }

    public required string PatientId { get; init; }

    public required JsonElement Context { get; init; }

    /// <summary>The prefetched Patient, or null when it was not sent.</summary>
    public Patient? Patient { get; init; }

    /// <summary>The prefetched Conditions, or null when they were not sent (an empty list means "none on record").</summary>
    public IReadOnlyList<Hl7.Fhir.Model.Condition>? Conditions { get; init; }

    /// <summary>Reads and checks the request body (CDS Hooks 2.0 "HTTP Request").</summary>
    /// <exception cref="CdsRequestException">400: malformed JSON, a missing or wrong field, or prefetch that is not valid FHIR R4.</exception>
    public static CdsRequest Read(JsonElement root, string expectedHook)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad("The request body must be a JSON object.");
        }

        var hook = RequiredString(root, "hook");
        if (!string.Equals(hook, expectedHook, StringComparison.Ordinal))
        {
            throw Bad($"This service answers the '{expectedHook}' hook, not '{hook}'.", "Unknown hook.");
        }

        var instanceText = RequiredString(root, "hookInstance");
        if (!Guid.TryParse(instanceText, out var instance))
        {
            throw Bad($"hookInstance must be a UUID, not '{instanceText}'.");
        }

        var hasServer = root.TryGetProperty("fhirServer", out var server) && server.ValueKind != JsonValueKind.Null;
        if (hasServer && (server.ValueKind != JsonValueKind.String || !Uri.TryCreate(server.GetString(), UriKind.Absolute, out _)))
        {
            throw Bad("fhirServer must be an absolute URL.");
        }

        if (root.TryGetProperty("fhirAuthorization", out var auth) && auth.ValueKind != JsonValueKind.Null)
        {
            if (!hasServer)
            {
                throw Bad("fhirAuthorization was sent without fhirServer; the spec requires fhirServer with it.");
            }

            CheckAuthorization(auth);
        }

        if (!root.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object)
        {
            throw Bad("context is required and must be an object.");
        }

        var patientId = RequiredString(context, "patientId", "context.patientId");
        Patient? patient = null;
        IReadOnlyList<Hl7.Fhir.Model.Condition>? conditions = null;
        if (root.TryGetProperty("prefetch", out var prefetch) && prefetch.ValueKind != JsonValueKind.Null)
        {
            if (prefetch.ValueKind != JsonValueKind.Object)
            {
                throw Bad("prefetch must be an object of prefetch keys.");
            }

            if (prefetch.TryGetProperty(CdsHooksService.PatientKey, out var p) && p.ValueKind != JsonValueKind.Null)
            {
                patient = ParseResource<Patient>(p, "prefetch.patient");
                if (patient.Id is { Length: > 0 } id && !string.Equals(id, patientId, StringComparison.Ordinal))
                {
                    throw Bad($"prefetch.patient is Patient/{id}, but context.patientId is {patientId}.");
                }
            }

            if (prefetch.TryGetProperty(CdsHooksService.ConditionsKey, out var c) && c.ValueKind != JsonValueKind.Null)
            {
                conditions = ParseResource<Bundle>(c, "prefetch.conditions")
                    .Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Condition>().ToArray();
            }
        }

        return new CdsRequest { Hook = hook, HookInstance = instance, PatientId = patientId, Context = context, Patient = patient, Conditions = conditions };
    }

    /// <summary>Parses a FHIR resource inside the request with the SDK.</summary>
    public static T ParseResource<T>(JsonElement element, string where)
        where T : Resource
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Bad($"{where} must be a FHIR resource (a JSON object).");
        }

        try
        {
            return FhirJson.Parse<T>(element.GetRawText());
        }
        catch (FhirInteropException ex)
        {
            throw Bad($"{where}: {ex.Message}");
        }
    }

    public static CdsRequestException Bad(string detail, string title = "The CDS Hooks request is not valid.") =>
        new(detail) { Status = 400, Title = title };

    private static void CheckAuthorization(JsonElement auth)
    {
        if (auth.ValueKind != JsonValueKind.Object)
        {
            throw Bad("fhirAuthorization must be an object.");
        }

        foreach (var field in new[] { "access_token", "token_type", "scope", "subject" })
        {
            RequiredString(auth, field, "fhirAuthorization." + field);
        }

        if (!string.Equals(auth.GetProperty("token_type").GetString(), "Bearer", StringComparison.Ordinal))
        {
            throw Bad("fhirAuthorization.token_type must be 'Bearer'.");
        }

        if (!auth.TryGetProperty("expires_in", out var expires) || expires.ValueKind != JsonValueKind.Number)
        {
            throw Bad("fhirAuthorization.expires_in is required and must be a number.");
        }
    }

    private static string RequiredString(JsonElement parent, string name, string? path = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Bad($"{path ?? name} is required and must be a non-empty string.");
        }

        return value.GetString()!;
    }
}
