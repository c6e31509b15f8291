using System.Text;
using System.Text.Json;
using Vertebra.Interop.CdsHooks;
using static Vertebra.Interop.Tests.CdsRequests;

namespace Vertebra.Interop.Tests;

public sealed class CdsHooksTests
{
    private static readonly CdsHooksService Service = new(TestData.Clock(), FhirServerClient.None, TestData.Data);

    private static async Task<(int Status, JsonElement Body)> CallAsync(string serviceId, string body)
    {
        var answer = await Service.InvokeAsync(serviceId, Encoding.UTF8.GetBytes(body), TestData.Catalogue, TestData.BaseUrl);
        return (answer.Status, JsonDocument.Parse(answer.Json).RootElement.Clone());
    }

    private static async Task<JsonElement[]> CardsAsync(string serviceId, string body)
    {
        var (status, json) = await CallAsync(serviceId, body);
        Assert.True(status == 200, json.ToString());
        var cards = json.GetProperty("cards").EnumerateArray().ToArray();
        Assert.All(cards, AssertSpecCard);
        return cards;
    }

    /// <summary>The card rules of CDS Hooks 2.0.</summary>
    internal static void AssertSpecCard(JsonElement card)
    {
        var summary = card.GetProperty("summary").GetString()!;
        Assert.InRange(summary.Length, 1, 139);
        Assert.Contains(card.GetProperty("indicator").GetString(), new[] { "info", "warning", "critical" });
        var source = card.GetProperty("source");
        Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("label").GetString()));
        Assert.True(Uri.IsWellFormedUriString(source.GetProperty("url").GetString(), UriKind.Absolute));
        Assert.True(Guid.TryParse(card.GetProperty("uuid").GetString(), out _));
        if (card.TryGetProperty("links", out var links))
        {
            foreach (var link in links.EnumerateArray())
            {
                Assert.Equal("absolute", link.GetProperty("type").GetString());
                Assert.False(string.IsNullOrWhiteSpace(link.GetProperty("label").GetString()));
                Assert.True(Uri.IsWellFormedUriString(link.GetProperty("url").GetString(), UriKind.Absolute));
            }
        }
    }

    private static string[] Indicators(JsonElement[] cards) => cards.Select(c => c.GetProperty("indicator").GetString()!).ToArray();

    private static string[] Urls(JsonElement card) =>
        card.TryGetProperty("links", out var links) ? links.EnumerateArray().Select(l => l.GetProperty("url").GetString()!).ToArray() : [];

    [Fact]
    public void Discovery_ListsThreeServicesWithHookIdDescriptionAndPrefetch()
    {
        var root = JsonDocument.Parse(Service.DiscoveryJson()).RootElement;
        var services = root.GetProperty("services").EnumerateArray().ToArray();
        Assert.Equal(["patient-view", "order-select", "order-sign"], services.Select(s => s.GetProperty("hook").GetString()));
        Assert.All(services, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("description").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("title").GetString()));
            Assert.Equal("Patient/{{context.patientId}}", s.GetProperty("prefetch").GetProperty("patient").GetString());
            Assert.Equal("Condition?patient={{context.patientId}}", s.GetProperty("prefetch").GetProperty("conditions").GetString());
        });
    }

    [Fact]
    public async Task PatientView_AcuteHerniation_WarnsAndLinksTheLumbarDiscArticles()
    {
        var cards = await CardsAsync(CdsHooksService.PatientViewId, PatientView(Conditions(AcuteHerniation)));
        Assert.Equal(["warning", "info"], Indicators(cards));
        Assert.Contains("5 days", cards[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
        var info = Urls(cards[1]);
        Assert.Contains(TestData.BaseUrl + "/conditions/lumbar-disc-herniation", info);
        Assert.Contains(info, u => u.StartsWith(TestData.BaseUrl + "/articles/", StringComparison.Ordinal));
        Assert.All(info.Skip(1), u => Assert.Contains(TestData.Catalogue.ArticlesFor("lumbar-disc-herniation"), a => u.EndsWith(a.Slug, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PatientView_OldHerniation_GetsArticlesButNoWarning()
    {
        var old = Condition(Icd10Cm, "M51.16", "Lumbar disc herniation", "2026-01-10");
        Assert.Equal(["info"], Indicators(await CardsAsync(CdsHooksService.PatientViewId, PatientView(Conditions(old)))));
    }

    [Fact]
    public async Task PatientView_RedFlag_IsCriticalAndLinksTheWarningSignsArticle()
    {
        var cards = await CardsAsync(CdsHooksService.PatientViewId, PatientView(Conditions(CaudaEquina)));
        var card = Assert.Single(cards);
        Assert.Equal("critical", card.GetProperty("indicator").GetString());
        Assert.Contains("cauda equina", card.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains(TestData.BaseUrl + "/articles/cauda-equina-syndrome-warning-signs", Urls(card));
    }

    [Theory]
    [InlineData("http://hl7.org/fhir/sid/icd-10-cm", "C79.51", "Secondary malignant neoplasm of bone")]
    [InlineData("http://hl7.org/fhir/sid/icd-10", "M46.4", "Discitis, unspecified")]
    [InlineData("http://hl7.org/fhir/sid/icd-10-cm", "S32.009A", "Unspecified fracture of unspecified lumbar vertebra")]
    [InlineData("http://example.org/local", "x1", "Spinal epidural abscess")]
    public async Task PatientView_OtherRedFlags_AreCritical(string system, string code, string display)
    {
        var cards = await CardsAsync(CdsHooksService.PatientViewId, PatientView(Conditions(Condition(system, code, display))));
        Assert.Equal("critical", cards[0].GetProperty("indicator").GetString());
    }

    [Fact]
    public async Task PatientView_NothingRelevant_AnswersNoCards() =>
        Assert.Empty(await CardsAsync(CdsHooksService.PatientViewId, PatientView(Conditions(Hypertension))));

    [Fact]
    public async Task PatientView_ResolvedConditions_AreIgnored()
    {
        var resolved = Condition(Snomed, "192970008", "Cauda equina syndrome", clinicalStatus: "resolved");
        Assert.Empty(await CardsAsync(CdsHooksService.PatientViewId, PatientView(Conditions(resolved))));
    }

    [Fact]
    public async Task PatientView_SnomedSciatica_LinksTheLumbarDiscArticles()
    {
        var cards = await CardsAsync(CdsHooksService.PatientViewId, PatientView(Conditions(Condition(Snomed, "23056005", "Sciatica"))));
        Assert.Contains(TestData.BaseUrl + "/conditions/lumbar-disc-herniation", Urls(Assert.Single(cards)));
    }

    [Fact]
    public async Task PatientView_SnomedTermWithoutAKnownCode_IsReadFromItsDisplay()
    {
        var cards = await CardsAsync(CdsHooksService.PatientViewId, PatientView(Conditions(Condition(Snomed, "999999999", "Prolapsed cervical intervertebral disc", "2026-11-20"))));
        Assert.Equal(["warning", "info"], Indicators(cards));
        Assert.Contains(TestData.BaseUrl + "/conditions/cervical-disc-herniation", Urls(cards[1]));
    }

    [Fact]
    public async Task PatientView_SpecExampleWithoutConditions_Answers412NamingThePrefetch()
    {
        var (status, body) = await CallAsync(CdsHooksService.PatientViewId, PatientView());
        Assert.Equal(412, status);
        Assert.Contains("Condition?patient={{context.patientId}}", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderSelect_MassageWithAcuteHerniation_Warns()
    {
        var cards = await CardsAsync(CdsHooksService.OrderSelectId, Order("order-select", ServiceRequest("order-1", "Therapeutic massage, lumbar"), Conditions(AcuteHerniation)));
        Assert.Equal(["warning", "info"], Indicators(cards));
        Assert.Contains("massage not advised", cards[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderSelect_ManipulationWithRedFlag_IsCritical()
    {
        var cards = await CardsAsync(CdsHooksService.OrderSelectId, Order("order-select", ServiceRequest("order-1", "Chiropractic spinal manipulation"), Conditions(CaudaEquina, AcuteHerniation)));
        Assert.Equal("critical", cards[0].GetProperty("indicator").GetString());
        Assert.Contains("spinal manipulation", cards[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("warning", Indicators(cards));
    }

    [Fact]
    public async Task OrderSelect_TractionWithNothingOnRecord_GivesNicesAdviceAgainstTraction()
    {
        var cards = await CardsAsync(CdsHooksService.OrderSelectId, Order("order-select", ServiceRequest("order-1", "Lumbar traction"), Conditions(Hypertension)));
        var card = Assert.Single(cards);
        Assert.Equal("info", card.GetProperty("indicator").GetString());
        Assert.Contains("NICE", card.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("traction", card.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("https://www.nice.org.uk/guidance/ng59/chapter/Recommendations", Urls(card));
        Assert.Contains(TestData.BaseUrl + "/articles/traction-for-back-pain-and-sciatica", Urls(card));
    }

    [Fact]
    public async Task OrderSelect_SnomedCodedOrder_IsRecognisedByItsTerm()
    {
        var order = ServiceRequest("order-1", "Physio referral", "999999", "Manipulation of spine (procedure)");
        var cards = await CardsAsync(CdsHooksService.OrderSelectId, Order("order-select", order, Conditions(AcuteHerniation)));
        Assert.Equal(["warning", "info"], Indicators(cards));
    }

    [Fact]
    public async Task OrderSelect_OnlySelectedOrdersCount()
    {
        var orders = ServiceRequest("order-1", "Blood test") + "," + ServiceRequest("order-2", "Massage");
        Assert.Empty(await CardsAsync(CdsHooksService.OrderSelectId, Order("order-select", orders, Conditions(AcuteHerniation))));
        Assert.NotEmpty(await CardsAsync(CdsHooksService.OrderSelectId, Order("order-select", orders, Conditions(AcuteHerniation), "[\"ServiceRequest/order-2\"]")));
    }

    [Fact]
    public async Task OrderSign_LooksAtEveryDraftOrder()
    {
        var orders = ServiceRequest("order-1", "Blood test") + "," + ServiceRequest("order-2", "Massage");
        var cards = await CardsAsync(CdsHooksService.OrderSignId, Order("order-sign", orders, Conditions(CaudaEquina)));
        Assert.Equal(["critical", "info"], Indicators(cards));
    }

    public static TheoryData<string, string, string[]> ThreePatients => new()
    {
        { "order-select", "acute", ["warning", "info"] },
        { "order-select", "red-flag", ["critical", "info"] },
        { "order-select", "none", ["info"] },
        { "order-sign", "acute", ["warning", "info"] },
        { "order-sign", "red-flag", ["critical", "info"] },
        { "order-sign", "none", ["info"] },
    };

    [Theory]
    [MemberData(nameof(ThreePatients))]
    public async Task OrderServices_MassageFor_AcuteRedFlagAndPlainPatients(string hook, string patient, string[] expected)
    {
        var record = patient switch
        {
            "acute" => Conditions(AcuteHerniation),
            "red-flag" => Conditions(CaudaEquina),
            _ => Conditions(Hypertension),
        };
        var id = hook == "order-select" ? CdsHooksService.OrderSelectId : CdsHooksService.OrderSignId;
        var cards = await CardsAsync(id, Order(hook, ServiceRequest("order-1", "Massage therapy"), record));
        Assert.Equal(expected, Indicators(cards));
        Assert.Contains("exercise", cards[^1].GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderSelect_SpecMedicationExample_AnswersNoCards() =>
        Assert.Empty(await CardsAsync(CdsHooksService.OrderSelectId, Order("order-select", MedicationOrderEntry, null, "[\"MedicationRequest/smart-MedicationRequest-103\"]")));

    [Fact]
    public async Task OrderSelect_MassageWithoutPrefetchOrFhirServer_Is412NamingThePrefetch()
    {
        var (status, body) = await CallAsync(CdsHooksService.OrderSelectId, Order("order-select", ServiceRequest("order-1", "Massage"), null));
        Assert.Equal(412, status);
        Assert.Contains("Condition?patient={{context.patientId}}", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderSelect_PrefetchConditionsNull_MeansNothingOnRecord()
    {
        var body = Order("order-select", ServiceRequest("order-1", "Massage"), "null");
        Assert.Equal(["info"], Indicators(await CardsAsync(CdsHooksService.OrderSelectId, body)));
    }

    [Fact]
    public async Task OrderSelect_MissingDraftOrders_Is400()
    {
        const string body = """{"hook":"order-select","hookInstance":"3b5d7a8e-1c8d-4b8b-9f0b-3c1f6f0e9a11","context":{"patientId":"1","selections":[]}}""";
        Assert.Equal(400, (await CallAsync(CdsHooksService.OrderSelectId, body)).Status);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("""{"hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","context":{"patientId":"1"}}""", "hook is required")]
    [InlineData("""{"hook":"patient-view","hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea"}""", "context is required")]
    [InlineData("""{"hook":"patient-view","hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","context":{}}""", "patientId")]
    [InlineData("""{"hook":"patient-view","hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","context":{"patientId":"1"},"prefetch":{"conditions":{"resourceType":"Patient","id":"1"}}}""", "prefetch.conditions")]
    [InlineData("""{"hook":"patient-view","hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","context":{"patientId":"1"},"prefetch":{"conditions":[1,2]}}""", "prefetch.conditions")]
    [InlineData("""{"hook":"patient-view","hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","context":{"patientId":"1"},"prefetch":{"patient":{"resourceType":"Patient","id":"2"}}}""", "context.patientId")]
    public async Task PatientView_MalformedRequest_Is400WithADetail(string body, string mentioned)
    {
        var (status, json) = await CallAsync(CdsHooksService.PatientViewId, body);
        Assert.Equal(400, status);
        Assert.Contains(mentioned, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientView_UnknownHook_Is400()
    {
        var (status, json) = await CallAsync(CdsHooksService.PatientViewId, PatientView(Conditions(Hypertension), hook: "encounter-start"));
        Assert.Equal(400, status);
        Assert.Equal("Unknown hook.", json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnknownService_Is404() => Assert.Equal(404, (await CallAsync("no-such-service", PatientView())).Status);

    [Fact]
    public async Task PrefetchInAnOlderFhirShape_IsReadWithAWarning()
    {
        // DSTU2 Condition: "clinicalStatus" was a plain code, R4 made it a CodeableConcept. The code is still readable.
        const string dstu2 = """{"resourceType":"Bundle","type":"searchset","entry":[{"resource":{"resourceType":"Condition","clinicalStatus":"active","code":{"text":"Sciatica"},"subject":{"reference":"Patient/1288992"}}}]}""";
        var answer = await Service.InvokeAsync(CdsHooksService.PatientViewId, Encoding.UTF8.GetBytes(PatientView(dstu2)), TestData.Catalogue, TestData.BaseUrl);
        Assert.Equal(200, answer.Status);
        Assert.Contains(answer.Warnings, w => w.StartsWith("prefetch.conditions:", StringComparison.Ordinal));
        Assert.NotEmpty(JsonDocument.Parse(answer.Json).RootElement.GetProperty("cards").EnumerateArray());
    }

    [Fact]
    public async Task HookInstanceNotAUuid_IsAnsweredWithAWarning()
    {
        var body = PatientView(Conditions(AcuteHerniation)).Replace("d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", "nope", StringComparison.Ordinal);
        var answer = await Service.InvokeAsync(CdsHooksService.PatientViewId, Encoding.UTF8.GetBytes(body), TestData.Catalogue, TestData.BaseUrl);
        Assert.Equal(200, answer.Status);
        Assert.Contains(answer.Warnings, w => w.Contains("hookInstance", StringComparison.Ordinal));
    }

    [Fact]
    public void Feedback_IsAcceptedForKnownServices()
    {
        var body = Encoding.UTF8.GetBytes("""{"feedback":[{"card":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","outcome":"accepted","outcomeTimestamp":"2026-11-23T10:00:00Z"}]}""");
        Assert.Equal(200, Service.Feedback(CdsHooksService.OrderSelectId, body).Status);
        Assert.Equal(404, Service.Feedback("nope", body).Status);
        Assert.Equal(400, Service.Feedback(CdsHooksService.OrderSelectId, "{}"u8.ToArray()).Status);
    }

    [Fact]
    public void FitSummary_LongText_IsCutBelow140Characters()
    {
        var fitted = CdsCard.FitSummary(new string('a', 300));
        Assert.Equal(139, fitted.Length);
        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
    }
}
