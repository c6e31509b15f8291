using System.Text.Json;

namespace Vertebra.Claims.Tests;

public sealed class ClaimFindingJsonTests
{
    [Fact]
    public void Serialize_Finding_UsesSnakeCaseNamesAndLowerCaseSeverity()
    {
        var findings = Checkers.Shipped.Check("Guaranteed recovery or your money back.");
        var json = ClaimFindingJson.Serialize(findings);
        using var doc = JsonDocument.Parse(json);
        var first = doc.RootElement.GetProperty("findings")[0];
        Assert.Equal("cure_guarantee", first.GetProperty("category").GetString());
        Assert.Equal(0, first.GetProperty("start").GetInt32());
        Assert.Equal("Guaranteed recovery or your money back", first.GetProperty("text").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.StartsWith("http", first.GetProperty("source_url").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("source_name").GetString()));
        Assert.Equal("when-is-surgery-needed-for-a-herniated-disc", first.GetProperty("article_slug").GetString());
        Assert.True(first.TryGetProperty("why", out _));
        Assert.True(first.TryGetProperty("length", out _));
    }

    [Fact]
    public void Serialize_NoFindings_WritesEmptyArray()
    {
        Assert.Equal("""{"findings":[],"truncated":false}""", ClaimFindingJson.Serialize([]));
    }

    [Fact]
    public void Deserialize_SerializedFindings_RoundTrips()
    {
        var findings = Checkers.Shipped.Check("Miracle tuina technique dissolves the protrusion. Zero risk.");
        Assert.Equal(findings, ClaimFindingJson.Deserialize(ClaimFindingJson.Serialize(findings, indented: true)));
    }

    [Fact]
    public async Task SerializeAsync_WritesSameJsonAsSerialize()
    {
        var findings = Checkers.Shipped.Check("100% safe.");
        using var stream = new MemoryStream();
        await ClaimFindingJson.SerializeAsync(stream, findings);
        Assert.Equal(ClaimFindingJson.Serialize(findings), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
