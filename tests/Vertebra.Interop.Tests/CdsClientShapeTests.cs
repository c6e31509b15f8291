using System.Text;
using System.Text.Json;
using Vertebra.Interop.CdsHooks;

namespace Vertebra.Interop.Tests;

/// <summary>
/// Requests as CDS clients really send them (the specification's examples and the public sandbox's shape: Bundles
/// without <c>type</c>, <c>fhirServer</c> with or without prefetch) are answered; when neither prefetch nor a
/// reachable FHIR server gives the record, the answer is 412, never a 500.
/// </summary>
public sealed class CdsClientShapeTests : IDisposable
{
    private readonly TestFhirServer _fhir = new();

    public void Dispose() => _fhir.Dispose();

    private CdsHooksService Service(params string[] allowed) =>
        new(TestData.Clock(), new FhirServerClient(new HttpClient(), allowed.Length == 0 ? [_fhir.BaseUrl] : allowed), TestData.Data);

    private static async Task<(int Status, JsonElement Body, CdsAnswer Answer)> CallAsync(CdsHooksService service, string id, string body)
    {
        var answer = await service.InvokeAsync(id, Encoding.UTF8.GetBytes(body), TestData.Catalogue, TestData.BaseUrl);
        return (answer.Status, JsonDocument.Parse(answer.Json).RootElement.Clone(), answer);
    }

    private static JsonElement[] SpecCards(JsonElement body)
    {
        var cards = body.GetProperty("cards").EnumerateArray().ToArray();
        Assert.All(cards, CdsHooksTests.AssertSpecCard);
        return cards;
    }

    [Fact]
    public async Task SpecPatientViewExample_ReadsConditionsFromTheFhirServer_WithItsToken()
    {
        using var fhir = new TestFhirServer("some-opaque-fhir-access-token");
        var service = new CdsHooksService(TestData.Clock(), new FhirServerClient(new HttpClient(), [fhir.BaseUrl]), TestData.Data);
        var (status, body, _) = await CallAsync(service, CdsHooksService.PatientViewId, CdsFixtures.Read("spec-patient-view.json", fhir.BaseUrl));
        Assert.Equal(200, status);
        Assert.Equal("1288992", fhir.LastPatient);
        var cards = SpecCards(body);
        Assert.Contains(cards, c => c.GetProperty("indicator").GetString() == "warning");
    }

    [Theory]
    [InlineData("spec-order-select.json", CdsHooksService.OrderSelectId)]
    [InlineData("spec-order-sign.json", CdsHooksService.OrderSignId)]
    public async Task SpecOrderExamples_WithoutBundleType_Answer200WithNoCardsAndNoFetch(string fixture, string id)
    {
        var (status, body, answer) = await CallAsync(Service(), id, CdsFixtures.Read(fixture, _fhir.BaseUrl));
        Assert.True(status == 200, body.ToString());
        Assert.Empty(SpecCards(body));
        Assert.Equal(0, _fhir.Calls);
        Assert.Contains(answer.Warnings, w => w.StartsWith("context.draftOrders:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sandbox-order-select-massage.json", CdsHooksService.OrderSelectId, 1)]
    [InlineData("sandbox-order-sign-massage.json", CdsHooksService.OrderSignId, 1)]
    [InlineData("sandbox-order-select-massage-prefetch.json", CdsHooksService.OrderSelectId, 0)]
    public async Task SandboxMassageOrder_AcuteLumbarHerniation_GetsAWarningCard(string fixture, string id, int fetches)
    {
        var (status, body, _) = await CallAsync(Service(), id, CdsFixtures.Read(fixture, _fhir.BaseUrl));
        Assert.True(status == 200, body.ToString());
        var cards = SpecCards(body);
        var warning = Assert.Single(cards, c => c.GetProperty("indicator").GetString() == "warning");
        Assert.Contains("massage", warning.GetProperty("summary").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(fetches, _fhir.Calls);
    }

    [Fact]
    public async Task SandboxMassageOrder_WithPrefetchAndNoFhirServer_StillWarns()
    {
        var (status, body, _) = await CallAsync(Service(), CdsHooksService.OrderSelectId, CdsFixtures.Read("sandbox-order-select-massage-prefetch.json", null));
        Assert.Equal(200, status);
        Assert.Single(SpecCards(body), c => c.GetProperty("indicator").GetString() == "warning");
    }

    [Fact]
    public async Task NoPrefetch_NoFhirServer_Is412()
    {
        var (status, body, _) = await CallAsync(Service(), CdsHooksService.OrderSelectId, CdsFixtures.Read("sandbox-order-select-massage.json", null));
        Assert.Equal(412, status);
        Assert.Contains("no FHIR server", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPrefetch_UnreachableFhirServer_Is412()
    {
        var closed = $"http://127.0.0.1:{TestFhirServer.FreePort()}/fhir";
        var (status, body, _) = await CallAsync(Service("*"), CdsHooksService.OrderSelectId, CdsFixtures.Read("sandbox-order-select-massage.json", closed));
        Assert.Equal(412, status);
        Assert.Contains("could not be reached", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPrefetch_FhirServerNotAllowed_Is412WithoutCallingIt()
    {
        var (status, body, _) = await CallAsync(Service("https://ehr.example.org/fhir"), CdsHooksService.PatientViewId, CdsFixtures.Read("spec-patient-view.json", _fhir.BaseUrl));
        Assert.Equal(412, status);
        Assert.Contains("CDS FHIR servers setting", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, _fhir.Calls);
    }

    [Fact]
    public async Task NoPrefetch_FhirServerRefusesTheToken_Is412()
    {
        using var fhir = new TestFhirServer("another-token");
        var service = new CdsHooksService(TestData.Clock(), new FhirServerClient(new HttpClient(), [fhir.BaseUrl]), TestData.Data);
        var (status, body, _) = await CallAsync(service, CdsHooksService.PatientViewId, CdsFixtures.Read("spec-patient-view.json", fhir.BaseUrl));
        Assert.Equal(412, status);
        Assert.Contains("401", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_NameElementsButNoRecordValues()
    {
        var body = CdsFixtures.Read("sandbox-order-select-massage-prefetch.json", null)
            .Replace("\"2026-11-18\"", "\"18/11/2026\"", StringComparison.Ordinal);
        var (status, _, answer) = await CallAsync(Service(), CdsHooksService.OrderSelectId, body);
        Assert.Equal(200, status);
        Assert.NotEmpty(answer.Warnings);
        Assert.DoesNotContain(answer.Warnings, w => w.Contains("18/11/2026", StringComparison.Ordinal) || w.Contains("1925", StringComparison.Ordinal));
    }
}
