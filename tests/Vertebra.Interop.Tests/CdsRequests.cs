namespace Vertebra.Interop.Tests;

/// <summary>CDS Hooks request bodies for the tests, built from the spec's examples.</summary>
internal static class CdsRequests
{
    public const string PatientId = "1288992";

    /// <summary>The spec's example patient-view request (cds-hooks docs, "HTTP Request"), Conditions prefetch optional.</summary>
    public static string PatientView(string? conditions = null, string hook = "patient-view") => $$"""
        {
          "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
          "fhirServer": "http://hooks.smarthealthit.org:9080",
          "hook": "{{hook}}",
          "fhirAuthorization": {
            "access_token": "some-opaque-fhir-access-token",
            "token_type": "Bearer",
            "expires_in": 300,
            "scope": "user/Patient.read user/Observation.read",
            "subject": "cds-service4"
          },
          "context": { "userId": "Practitioner/example", "patientId": "{{PatientId}}", "encounterId": "89284" },
          "prefetch": {
            "patient": { "resourceType": "Patient", "gender": "male", "birthDate": "1925-12-23", "id": "{{PatientId}}", "active": true }
            {{(conditions is null ? "" : ", \"conditions\": " + conditions)}}
          }
        }
        """;

    /// <summary>An order-select (or order-sign) request in the shape of the hook library's example, with ServiceRequests.</summary>
    public static string Order(string hook, string orders, string? conditions, string selections = "[\"ServiceRequest/order-1\"]") => $$"""
        {
          "hookInstance": "3b5d7a8e-1c8d-4b8b-9f0b-3c1f6f0e9a11",
          "hook": "{{hook}}",
          "context": {
            "userId": "PractitionerRole/123",
            "patientId": "{{PatientId}}",
            "encounterId": "89284",
            {{(hook == "order-select" ? "\"selections\": " + selections + "," : "")}}
            "draftOrders": { "resourceType": "Bundle", "type": "collection", "entry": [ {{orders}} ] }
          }
          {{(conditions is null ? "" : ", \"prefetch\": { \"conditions\": " + conditions + " }")}}
        }
        """;

    public static string ServiceRequest(string id, string text, string? snomedCode = null, string? display = null) => $$"""
        { "resource": { "resourceType": "ServiceRequest", "id": "{{id}}", "status": "draft", "intent": "order",
          "subject": { "reference": "Patient/{{PatientId}}" },
          "code": { {{(snomedCode is null ? "" : $"\"coding\": [{{ \"system\": \"http://snomed.info/sct\", \"code\": \"{snomedCode}\", \"display\": \"{display}\" }}], ")}}"text": "{{text}}" } } }
        """;

    /// <summary>The order-select example of the hook library: a MedicationRequest, nothing for this service.</summary>
    public const string MedicationOrderEntry = """
        { "resource": { "resourceType": "MedicationRequest", "id": "smart-MedicationRequest-103", "status": "draft", "intent": "order",
          "medicationCodeableConcept": { "coding": [ { "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "617993",
            "display": "Amoxicillin 120 MG/ML / clavulanate potassium 8.58 MG/ML Oral Suspension" } ], "text": "Amoxicillin" },
          "subject": { "reference": "Patient/1288992" } } }
        """;

    public static string Conditions(params string[] conditions) =>
        $$"""{ "resourceType": "Bundle", "type": "searchset", "entry": [ {{string.Join(",", conditions.Select(c => "{ \"resource\": " + c + " }"))}} ] }""";

    public static string Condition(string system, string code, string display, string? onset = null, string clinicalStatus = "active") => $$"""
        { "resourceType": "Condition", "id": "c-{{code.Replace(".", "", StringComparison.Ordinal)}}",
          "clinicalStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "{{clinicalStatus}}" } ] },
          "code": { "coding": [ { "system": "{{system}}", "code": "{{code}}", "display": "{{display}}" } ] },
          "subject": { "reference": "Patient/{{PatientId}}" }
          {{(onset is null ? "" : ", \"onsetDateTime\": \"" + onset + "\"")}} }
        """;

    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>An acute lumbar disc herniation: ICD-10-CM M51.16, onset 5 days before the test clock.</summary>
    public static string AcuteHerniation => Condition(Icd10Cm, "M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region", "2026-11-18");

    /// <summary>A red flag: cauda equina syndrome (SNOMED CT 192970008).</summary>
    public static string CaudaEquina => Condition(Snomed, "192970008", "Cauda equina syndrome");

    /// <summary>Nothing the spine department treats: essential hypertension.</summary>
    public static string Hypertension => Condition(Icd10Cm, "I10", "Essential (primary) hypertension");
}
