using System.Text.Json;
using Hl7.Fhir.Model;
using Vertebra.Interop.Catalogue;

namespace Vertebra.Interop.CdsHooks;

/// <summary>
/// The CDS Hooks 2.0 services: discovery, <c>patient-view</c>, and <c>order-select</c> / <c>order-sign</c> for manual
/// therapy orders. Stateless and thread-safe. Nothing is stored or logged; feedback is accepted and dropped.
/// <para>
/// Without prefetch: Vertebra has no access to the client's FHIR server, so it never fetches. patient-view, whose
/// advice comes only from the record, answers 412 naming the missing prefetch; the order services still give the
/// order-based advice and add an info card saying the record was not checked.
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
    private readonly CardSources _sources;
    private readonly string _discovery;

    /// <param name="time">The clock (record dates are judged against it).</param>
    /// <param name="data">The interoperability data: what the cards cite and link to.</param>
    public CdsHooksService(TimeProvider time, InteropData data)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(data);
        _time = time;
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
    public CdsAnswer Invoke(string serviceId, ReadOnlyMemory<byte> body, SpineCatalogue catalogue, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var service = Services.FirstOrDefault(s => s.Id == serviceId);
        if (service is null)
        {
            return Error(new CdsRequestException($"There is no CDS service '{serviceId}'. See GET /cds-services.") { Status = 404, Title = "Unknown CDS service." });
        }

        try
        {
            using var document = Parse(body);
            var request = CdsRequest.Read(document.RootElement, service.Hook);
            var context = new CardContext(catalogue, baseUrl, _sources);
            var now = _time.GetUtcNow();
            IReadOnlyList<CdsCard> cards;
            if (service.Hook == "patient-view")
            {
                if (request.Conditions is null)
                {
                    throw new CdsRequestException(
                        $"Prefetch '{ConditionsKey}' ({ConditionsTemplate}) is missing. This service does not query FHIR servers: send the patient's Conditions as prefetch.")
                    {
                        Status = 412,
                        Title = "Prefetched data is missing.",
                    };
                }

                cards = PatientViewCards.Build(RecordReader.Read(request.Conditions, catalogue, now), context);
            }
            else
            {
                var orders = DraftOrders(request, service.Hook);
                var record = request.Conditions is null ? null : RecordReader.Read(request.Conditions, catalogue, now);
                cards = OrderCards.Build(orders, record, context);
            }

            return new CdsAnswer(200, CdsAnswer.Json200, CdsJson.Cards(cards));
        }
        catch (CdsRequestException ex)
        {
            return Error(ex);
        }
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

    /// <summary>The ServiceRequests in context.draftOrders; for order-select only those named in context.selections.</summary>
    private static IReadOnlyList<ServiceRequest> DraftOrders(CdsRequest request, string hook)
    {
        if (!request.Context.TryGetProperty("draftOrders", out var draft))
        {
            throw CdsRequest.Bad("context.draftOrders is required (a FHIR Bundle).");
        }

        var bundle = CdsRequest.ParseResource<Bundle>(draft, "context.draftOrders");
        var orders = bundle.Entry.Select(e => e.Resource).OfType<ServiceRequest>().ToArray();
        if (hook != "order-select")
        {
            return orders;
        }

        if (!request.Context.TryGetProperty("selections", out var selections) || selections.ValueKind != JsonValueKind.Array
            || selections.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String))
        {
            throw CdsRequest.Bad("context.selections is required (an array of references such as \"ServiceRequest/123\").");
        }

        var selected = selections.EnumerateArray().Select(s => s.GetString()!).ToHashSet(StringComparer.Ordinal);
        return orders.Where(o => selected.Contains("ServiceRequest/" + o.Id)).ToArray();
    }

    private static CdsAnswer Error(CdsRequestException ex) =>
        new(ex.Status, CdsAnswer.Problem, CdsJson.Problem(ex.Status, ex.Title, ex.Message));
}
