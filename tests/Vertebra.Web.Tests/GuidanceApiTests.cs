using System.Net;
using System.Text;
using System.Text.Json;

namespace Vertebra.Web.Tests;

public sealed class GuidanceApiTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body, string? ContentType)> PostAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await site.Client.PostAsync("/api/guidance", content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostGuidance_SaddleNumbness_AnswersEmergencyWithEveryRequiredField()
    {
        var (status, body, _) = await PostAsync("""{"saddle_numbness": true, "back_pain": true}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("emergency", body.GetProperty("triage").GetString());
        Assert.Equal("emergency_department", body.GetProperty("route").GetString());
        foreach (var field in new[] { "route", "massage", "advice", "flags", "trace", "ruleset" })
        {
            Assert.True(body.TryGetProperty(field, out _), field);
        }

        Assert.All(body.GetProperty("advice").EnumerateArray(), a => Assert.NotEmpty(a.GetProperty("citations").EnumerateArray()));
    }

    [Theory]
    [InlineData("""{"bogus": true}""", "bogus")]
    [InlineData("""{"age": 500}""", "age")]
    [InlineData("""not json""", "JSON")]
    [InlineData("""[1,2]""", "object")]
    public async Task PostGuidance_BadFacts_Returns400ProblemNamingTheField(string json, string mentioned)
    {
        var (status, body, contentType) = await PostAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Contains(mentioned, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostGuidance_HugeBody_Returns400()
    {
        var (status, _, _) = await PostAsync("{\"age\": 40" + new string(' ', 70_000) + "}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}
