using System.Text.Json;
using Hl7.Fhir.Model;
using Vertebra.Interop.Catalogue;

namespace Vertebra.Interop.CdsHooks;

/// <summary>
/// The CDS Hooks 2.0 services: discovery, <c>patient-view</c>, and <c>order-select</c> / <c>order-sign</c> for manual
/// therapy orders. Stateless and thread-safe. Nothing is stored or logged; feedback is accepted and dropped.
/// <para>
/// The record (the patient's Conditions) comes from prefetch; when it was not prefetched, from the client's
/// <c>fhirServer</c> if that server is on the allow list (<see cref="FhirServerClient"/>). When neither gives it, the
/// answer is 412 Precondition Failed, as CDS Hooks 2.0 says ("If the CDS Service is unable to obtain required data
/// because it cannot access the FHIR server and the request did not contain the necessary prefetch keys, the service
/// SHALL respond with an HTTP 412"). The order services need the record only when a manual therapy is ordered.
/// </para>
/// </summary>
public sealed class CdsHooksService
{
    public const string PatientKey = "patient";
    public const string ConditionsKey = "conditions";
    public const string PatientTemplate = "Patient/{{context.patientId}}";
    public const string ConditionsTemplate = "Condition?patient={{context.patientId}}";
    public const string PatientViewId = "vertebra-spine-conditions";
    public const string OrderSelectId = "vertebra-manual-therapy-select";
    public const string OrderSignId = "vertebra-manual-therapy-sign";

    /// <summary>Largest request body accepted (prefetched records can be long).</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    private static readonly KeyValuePair<string, string>[] Prefetch =
    [
        new(PatientKey, PatientTemplate),
        new(ConditionsKey, ConditionsTemplate),
    ];

    private readonly TimeProvider _time;
    private readonly FhirServerClient _fhirServers;
    private readonly CardSources _sources;
    private readonly string _discovery;

    /// <param name="time">The clock (acute means under 2 weeks since onset).</param>
    /// <param name="fhirServers">Reads the record from the client's FHIR server when it was not prefetched.</param>
    /// <param name="data">The interoperability data: what the cards cite and link to.</param>
    public CdsHooksService(TimeProvider time, FhirServerClient fhirServers, InteropData data)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(fhirServers);
        ArgumentNullException.ThrowIfNull(data);
        _time = time;
        _fhirServers = fhirServers;
        _sources = data.Cards;
        Services =
        [
            new(PatientViewId, "patient-view", "Vertebra spine conditions and red flags",
                "Links Vertebra's patient articles for the spine conditions on the record (ICD-10 or SNOMED CT) and warns about red flags and an acute disc herniation.",
                Prefetch),
            new(OrderSelectId, "order-select", "Vertebra manual therapy check",
                "When massage, spinal manipulation or traction is selected: warns about red flags or an acute disc herniation on the record, and gives NICE NG59's advice.",
                Prefetch),
            new(OrderSignId, "order-sign", "Vertebra manual therapy check at signing",
                "Before orders for massage, spinal manipulation or traction are signed: the same checks as the order-select service.",
                Prefetch),
        ];
        _discovery = CdsJson.Discovery(Services);
    }

    /// <summary>The services, as discovery lists them.</summary>
    public IReadOnlyList<CdsServiceDefinition> Services { get; }

    /// <summary>The discovery document (<c>GET /cds-services</c>).</summary>
    public string DiscoveryJson() => _discovery;

    /// <summary>Calls a service (<c>POST /cds-services/{id}</c>).</summary>
    /// <param name="serviceId">The id from the URL.</param>
    /// <param name="body">The request body (UTF-8 JSON).</param>
    /// <param name="catalogue">The department's conditions and articles.</param>
    /// <param name="baseUrl">The site's absolute base URL, for card links.</param>
    /// <param name="cancellationToken">Stops a fetch from the client's FHIR server.</param>
    public async Task<CdsAnswer> InvokeAsync(string serviceId, ReadOnlyMemory<byte> body, SpineCatalogue catalogue, string baseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var service = Services.FirstOrDefault(s => s.Id == serviceId);
        if (service is null)
        {
            return Error(new CdsRequestException($"There is no CDS service '{serviceId}'. See GET /cds-services.") { Status = 404, Title = "Unknown CDS service." });
        }

        CdsRequest request;
        IReadOnlyList<ServiceRequest>? orders = null;
        try
        {
            using var document = Parse(body);
            request = CdsRequest.Read(document.RootElement, service.Hook);
            if (service.Hook != "patient-view")
            {
                orders = DraftOrders(request, service.Hook);
            }

            // Context is read from the document, which is disposed below: clone what is kept.
            request = new CdsRequest
            {
                Hook = request.Hook, PatientId = request.PatientId, Context = request.Context.Clone(), FhirServer = request.FhirServer,
                AccessToken = request.AccessToken, Patient = request.Patient, Conditions = request.Conditions, Warnings = request.Warnings,
            };
        }
        catch (CdsRequestException ex)
        {
            return Error(ex);
        }

        var context = new CardContext(catalogue, baseUrl, _sources);
        if (orders is not null && !orders.Any(o => ManualTherapy.Recognise(o) is not null))
        {
            // Nothing this service checks was ordered: the record is not needed.
            return new CdsAnswer(200, CdsAnswer.Json200, CdsJson.Cards([])) { Warnings = request.Warnings };
        }

        var conditions = request.Conditions;
        if (conditions is null)
        {
            var why = "the request has no FHIR server (fhirServer)";
            if (request.FhirServer is { } server)
            {
                var fetch = await _fhirServers.ConditionsAsync(server, request.AccessToken, request.PatientId, cancellationToken).ConfigureAwait(false);
                conditions = fetch.Conditions;
                request.Warnings.AddRange(fetch.Issues.Select(i => "fhirServer Condition search: " + i));
                why = fetch.Failure ?? why;
            }

            if (conditions is null)
            {
                return Error(new CdsRequestException(
                    $"This service needs the patient's Conditions. Send them as prefetch '{ConditionsKey}' ({ConditionsTemplate}), "
                    + $"or a fhirServer this service may query; here {why}.")
                {
                    Status = 412,
                    Title = "The patient's record could not be read.",
                }) with { Warnings = request.Warnings };
            }
        }

        var record = RecordReader.Read(conditions, catalogue, _time.GetUtcNow());
        var cards = orders is null ? PatientViewCards.Build(record, context) : OrderCards.Build(orders, record, context);
        return new CdsAnswer(200, CdsAnswer.Json200, CdsJson.Cards(cards)) { Warnings = request.Warnings };
    }

    /// <summary>Feedback (<c>POST /cds-services/{id}/feedback</c>): checked for shape, then dropped (nothing is stored).</summary>
    public CdsAnswer Feedback(string serviceId, ReadOnlyMemory<byte> body)
    {
        if (Services.All(s => s.Id != serviceId))
        {
            return Error(new CdsRequestException($"There is no CDS service '{serviceId}'.") { Status = 404, Title = "Unknown CDS service." });
        }

        try
        {
            using var document = Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("feedback", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw CdsRequest.Bad("Feedback must be an object with a 'feedback' array.");
            }

            return new CdsAnswer(200, CdsAnswer.Json200, "{}");
        }
        catch (CdsRequestException ex)
        {
            return Error(ex);
        }
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException ex)
        {
            throw CdsRequest.Bad("The request body is not valid JSON: " + ex.Message);
        }
    }

    /// <summary>
    /// The ServiceRequests in context.draftOrders; for order-select only those named in context.selections (all of
    /// them, with a warning, when selections is missing: checking too much is safer than checking nothing).
    /// </summary>
    private static IReadOnlyList<ServiceRequest> DraftOrders(CdsRequest request, string hook)
    {
        if (!request.Context.TryGetProperty("draftOrders", out var draft))
        {
            throw CdsRequest.Bad("context.draftOrders is required (a FHIR Bundle).");
        }

        var bundle = CdsRequest.ParseResource<Bundle>(draft, "context.draftOrders", request.Warnings);
        var orders = bundle.Entry.Select(e => e.Resource).OfType<ServiceRequest>().ToArray();
        if (hook != "order-select")
        {
            return orders;
        }

        if (!request.Context.TryGetProperty("selections", out var selections) || selections.ValueKind != JsonValueKind.Array)
        {
            request.Warnings.Add("context.selections is missing; every draft order was checked");
            return orders;
        }

        var selected = selections.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        return orders.Where(o => selected.Contains("ServiceRequest/" + o.Id)).ToArray();
    }

    private static CdsAnswer Error(CdsRequestException ex) =>
        new(ex.Status, CdsAnswer.Problem, CdsJson.Problem(ex.Status, ex.Title, ex.Message));
}
