using System.Net;
using System.Text;
using System.Text.Json;

namespace Vertebra.Web.Tests;

public sealed class CdsHooksEndpointTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Conditions = """
        {"resourceType":"Bundle","type":"searchset","entry":[{"resource":{"resourceType":"Condition","id":"c1",
          "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
          "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"M51.16","display":"Intervertebral disc disorders with radiculopathy, lumbar region"}]},
          "subject":{"reference":"Patient/1288992"}}}]}
        """;

    private static string PatientView(string hook = "patient-view", bool prefetch = true) => $$"""
        {"hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","hook":"{{hook}}",
         "context":{"userId":"Practitioner/example","patientId":"1288992","encounterId":"89284"}
         {{(prefetch ? ",\"prefetch\":{\"patient\":{\"resourceType\":\"Patient\",\"id\":\"1288992\"},\"conditions\":" + Conditions + "}" : "")}}
        }
        """;

    private static string OrderSign(string prefetch) => """
        {"hookInstance":"3b5d7a8e-1c8d-4b8b-9f0b-3c1f6f0e9a11","hook":"order-sign",
         "context":{"userId":"PractitionerRole/123","patientId":"1288992",
           "draftOrders":{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"ServiceRequest","id":"o1",
             "status":"draft","intent":"order","code":{"text":"Lumbar traction"},"subject":{"reference":"Patient/1288992"}}}]}}
        """ + prefetch + "}";

    private async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> PostAsync(string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await site.Client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> ServiceIdAsync(HttpClient client, string hook)
    {
        var discovery = JsonDocument.Parse(await client.GetStringAsync("/cds-services")).RootElement;
        return discovery.GetProperty("services").EnumerateArray().First(s => s.GetProperty("hook").GetString() == hook).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Discovery_ListsPatientViewOrderSelectAndOrderSign()
    {
        using var response = await site.Client.GetAsync("/cds-services");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var services = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("services");
        Assert.Equal(["patient-view", "order-select", "order-sign"], services.EnumerateArray().Select(s => s.GetProperty("hook").GetString()));
    }

    [Fact]
    public async Task PatientView_HerniationOnRecord_AnswersCardsLinkingThisSitesArticles()
    {
        var id = await ServiceIdAsync(site.Client, "patient-view");
        var (status, body, mediaType) = await PostAsync("/cds-services/" + id, PatientView());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        var card = Assert.Single(body.GetProperty("cards").EnumerateArray());
        Assert.Equal("info", card.GetProperty("indicator").GetString());
        var urls = card.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("url").GetString()!).ToArray();
        Assert.Contains("http://localhost/conditions/lumbar-disc-herniation", urls);
        foreach (var url in urls.Where(u => u.StartsWith("http://localhost/", StringComparison.Ordinal)))
        {
            using var page = await site.Client.GetAsync(new Uri(url).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task PatientView_WithoutPrefetch_Answers412()
    {
        var id = await ServiceIdAsync(site.Client, "patient-view");
        var (status, body, mediaType) = await PostAsync("/cds-services/" + id, PatientView(prefetch: false));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Contains("conditions", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderSign_Traction_AnswersNicesAdvice()
    {
        var id = await ServiceIdAsync(site.Client, "order-sign");
        var (status, body, _) = await PostAsync("/cds-services/" + id, OrderSign(",\"prefetch\":{\"conditions\":" + Conditions + "}"));
        Assert.Equal(HttpStatusCode.OK, status);
        var card = Assert.Single(body.GetProperty("cards").EnumerateArray());
        Assert.Contains("NICE NG59 advises against traction", card.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"hook\":\"patient-view\"}")]
    public async Task MalformedRequest_Answers400(string body)
    {
        var id = await ServiceIdAsync(site.Client, "patient-view");
        var (status, _, mediaType) = await PostAsync("/cds-services/" + id, body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
    }

    [Fact]
    public async Task SandboxShapedOrderSelect_BundlesWithoutType_MassageWithAcuteHerniation_Warns()
    {
        // As the public sandbox sends it: fhirServer named, Bundles without "type", the record prefetched.
        var onset = TimeProvider.System.GetUtcNow().AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var body = """
            {"hookInstance":"b4c3e2f1-6a5d-4c8b-8e7f-1a2b3c4d5e6f","hook":"order-select","fhirServer":"https://launch.smarthealthit.org/v/r4/fhir",
             "context":{"userId":"Practitioner/1","patientId":"smart-1288992","selections":["ServiceRequest/m1"],
               "draftOrders":{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"ServiceRequest","id":"m1","status":"draft","intent":"order",
                 "code":{"coding":[{"system":"http://snomed.info/sct","code":"229219004","display":"Massage therapy"}]},"subject":{"reference":"Patient/smart-1288992"}}}]}},
             "prefetch":{"conditions":{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Condition","id":"c1",
               "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"M51.16"}]},"subject":{"reference":"Patient/smart-1288992"},
               "onsetDateTime":"ONSET"}}]}}}
            """.Replace("ONSET", onset, StringComparison.Ordinal);
        var id = await ServiceIdAsync(site.Client, "order-select");
        var (status, answer, _) = await PostAsync("/cds-services/" + id, body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(answer.GetProperty("cards").EnumerateArray(), c => c.GetProperty("indicator").GetString() == "warning");
    }

    [Fact]
    public async Task UnknownHook_Answers400()
    {
        var id = await ServiceIdAsync(site.Client, "patient-view");
        var (status, body, _) = await PostAsync("/cds-services/" + id, PatientView(hook: "appointment-book"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Unknown hook.", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnknownService_Answers404WithABody()
    {
        var (status, body, _) = await PostAsync("/cds-services/no-such-service", PatientView());
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Feedback_IsAccepted()
    {
        var id = await ServiceIdAsync(site.Client, "order-select");
        var (status, _, _) = await PostAsync($"/cds-services/{id}/feedback",
            """{"feedback":[{"card":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","outcome":"accepted","outcomeTimestamp":"2026-11-23T10:00:00Z"}]}""");
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
