using System.Net.Http.Headers;
using Vertebra.Interop.Fhir;
using FhirCondition = Hl7.Fhir.Model.Condition;

namespace Vertebra.Interop.CdsHooks;

/// <summary>
/// Reads a patient's Conditions from the CDS client's FHIR server (<c>fhirServer</c>, with the bearer token from
/// <c>fhirAuthorization</c>) when the request did not prefetch them, as CDS Hooks 2.0 asks a service to do.
/// Only servers on the allow list are called (the request names the server, so an open list would let anyone make
/// this service call any address). Nothing is stored or logged.
/// </summary>
public sealed class FhirServerClient
{
    /// <summary>How long one fetch may take in all; CDS clients expect an answer in about half a second.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Most search pages followed; the department's conditions are few, a record with more is read in part.</summary>
    public const int MaxPages = 5;

    private readonly HttpClient _http;
    private readonly IReadOnlyList<string> _allowed;

    /// <param name="http">The client to call FHIR servers with.</param>
    /// <param name="allowedServers">Base URLs this service may call; <c>*</c> allows any. Empty: never fetch.</param>
    public FhirServerClient(HttpClient http, IEnumerable<string> allowedServers)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(allowedServers);
        _http = http;
        _allowed = allowedServers.Select(s => s.Trim().TrimEnd('/')).Where(s => s.Length > 0).ToArray();
    }

    /// <summary>A client that never fetches: every request must carry its prefetch.</summary>
    public static FhirServerClient None { get; } = new(new HttpClient(), []);

    /// <summary>Whether this service may call <paramref name="server"/>.</summary>
    public bool Allows(Uri server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var text = server.AbsoluteUri.TrimEnd('/');
        return _allowed.Any(a => a == "*" || string.Equals(a, text, StringComparison.OrdinalIgnoreCase)
            || text.StartsWith(a + "/", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Runs <c>Condition?patient={id}</c> on the server, following next links on the same server.</summary>
    /// <returns>The Conditions and any recovered parse issues, or the reason they could not be read.</returns>
    public async Task<FhirFetch> ConditionsAsync(Uri server, string? accessToken, string patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(patientId);
        if (!Allows(server))
        {
            return FhirFetch.Failed("this service is not set up to query that FHIR server (the CDS FHIR servers setting in the README)");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var baseUrl = server.AbsoluteUri.TrimEnd('/');
        var next = new Uri(baseUrl + "/Condition?patient=" + Uri.EscapeDataString(patientId));
        var conditions = new List<FhirCondition>();
        var issues = new List<string>();
        try
        {
            for (var page = 0; next is not null && page < MaxPages; page++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, next);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FhirJson.MediaType));
                if (!string.IsNullOrEmpty(accessToken))
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
                }

                using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    return FhirFetch.Failed($"the FHIR server answered {(int)response.StatusCode} to the Condition search");
                }

                var json = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                var bundle = FhirJson.ParseLenient<Hl7.Fhir.Model.Bundle>(json, out var pageIssues);
                issues.AddRange(pageIssues);
                conditions.AddRange(bundle.Entry.Select(e => e.Resource).OfType<FhirCondition>());
                var link = bundle.Link.FirstOrDefault(l => l.Relation == "next")?.Url;
                next = link is not null && Uri.TryCreate(link, UriKind.Absolute, out var nextUri)
                    && nextUri.AbsoluteUri.StartsWith(baseUrl + "/", StringComparison.OrdinalIgnoreCase) ? nextUri : null;
            }
        }
        catch (HttpRequestException)
        {
            return FhirFetch.Failed("the FHIR server could not be reached");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FhirFetch.Failed($"the FHIR server did not answer within {Timeout.TotalSeconds:0} seconds");
        }
        catch (FhirInteropException)
        {
            return FhirFetch.Failed("the FHIR server's answer to the Condition search was not a FHIR R4 Bundle");
        }

        return new FhirFetch(conditions, issues, null);
    }
}

/// <summary>The result of a fetch: the Conditions, or why there are none.</summary>
public sealed record FhirFetch(IReadOnlyList<FhirCondition>? Conditions, IReadOnlyList<string> Issues, string? Failure)
{
    public static FhirFetch Failed(string why) => new(null, [], why);
}
