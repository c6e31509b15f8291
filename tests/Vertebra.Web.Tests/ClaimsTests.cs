using System.Net;
using System.Text;
using System.Text.Json;

namespace Vertebra.Web.Tests;

public sealed class ClaimsTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task CheckPage_AdvertWithClaims_HighlightsAndExplainsEachOne()
    {
        using var response = await FormPoster.PostFormAsync(site.Client, "/check", new Dictionary<string, string>
        {
            ["text"] = "Our ancestral secret recipe is a radical cure for a slipped disc.",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<mark", html, StringComparison.Ordinal);
        Assert.Contains("radical cure", html, StringComparison.Ordinal);
        Assert.Contains("Source:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckPage_ManyVisitorsInTurn_EachGetAFormThatWorks()
    {
        // Regression: a cached page must never hand one visitor another visitor's anti-forgery token.
        for (var i = 0; i < 3; i++)
        {
            using var visitor = site.CreateBrowserClient();
            var first = await visitor.GetStringAsync("/check");
            var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(first).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            _ = await visitor.GetStringAsync("/check");
            using var response = await visitor.PostAsync("/check", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "radical cure", ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task CheckPage_PostWithoutAntiforgeryToken_IsRefused()
    {
        using var response = await FormPoster.PostFormAsync(site.Client, "/check", new Dictionary<string, string> { ["text"] = "radical cure" }, includeToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CheckPage_EmptyText_AsksForText()
    {
        using var response = await FormPoster.PostFormAsync(site.Client, "/check", new Dictionary<string, string> { ["text"] = "  " });
        Assert.Contains("Please paste some text", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimsApi_DenialAndClaim_ReturnsOnlyTheClaim()
    {
        using var content = new StringContent("""{"text": "Massage cannot push a disc back. This clinic pushes the disc back into place in one visit."}""", Encoding.UTF8, "application/json");
        using var response = await site.Client.PostAsync("/api/claims/check", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("reposition_disc", finding.GetProperty("category").GetString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("nope")]
    public async Task ClaimsApi_BadRequest_ReturnsProblem(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await site.Client.PostAsync("/api/claims/check", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ClaimsApi_TextOverTheLimit_Returns413BeforeChecking()
    {
        var text = new string('a', 100_001);
        using var content = new StringContent(JsonSerializer.Serialize(new { text }), Encoding.UTF8, "application/json");
        using var response = await site.Client.PostAsync("/api/claims/check", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ClaimsApi_AdversarialSeparators_ReturnsAtMostTheFindingsCapAndSaysSo()
    {
        var text = string.Concat(Enumerable.Repeat("harm-free;;;;;;;;;; ", 5_000));
        using var content = new StringContent(JsonSerializer.Serialize(new { text }), Encoding.UTF8, "application/json");
        using var response = await site.Client.PostAsync("/api/claims/check", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length < 200_000, $"reply of {body.Length} characters");
        using var json = JsonDocument.Parse(body);
        Assert.Equal(Vertebra.Claims.ClaimChecker.MaxFindings, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task CheckPage_TextOverTheLimit_Returns413WithAPlainMessage()
    {
        using var response = await FormPoster.PostFormAsync(site.Client, "/check", new Dictionary<string, string> { ["text"] = new string('a', 20_001) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("That text is too long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckPage_CriticalAndWarningFindings_AreLabelledInWordsAndStyledApart()
    {
        using var response = await FormPoster.PostFormAsync(site.Client, "/check", new Dictionary<string, string>
        {
            ["text"] = "Our massage pushes the slipped disc back into place. It is a radical cure.",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Serious: acting on this could harm you", html, StringComparison.Ordinal);
        Assert.Contains("Warning: this is misleading", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"critical\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"warning\"", html, StringComparison.Ordinal);
    }
}
