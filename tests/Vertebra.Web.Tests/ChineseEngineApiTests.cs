using System.Net;
using System.Text;
using System.Text.Json;

namespace Vertebra.Web.Tests;

/// <summary>Issue 15: the claim and search APIs read Chinese text (the /zh/ pages call the same engines).</summary>
public sealed class ChineseEngineApiTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task ClaimsApi_ChineseAdvert_ReturnsChineseFindingsWithSpansAndChineseExplanations()
    {
        const string advert = "推拿正骨，一次复位，根治……有效率100%";
        using var content = new StringContent(JsonSerializer.Serialize(new { text = advert }), Encoding.UTF8, "application/json");

        using var response = await site.Client.PostAsync("/api/claims/check", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("category").GetString() == "reposition_disc");
        Assert.Contains(findings, f => f.GetProperty("category").GetString() == "cure_guarantee");
        foreach (var f in findings)
        {
            var start = f.GetProperty("start").GetInt32();
            var length = f.GetProperty("length").GetInt32();
            Assert.Equal(advert.Substring(start, length), f.GetProperty("text").GetString());
            Assert.Equal("zh", f.GetProperty("language").GetString());
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.GetProperty("why").GetString());
        }
    }

    [Fact]
    public async Task ClaimsApi_ChineseDenial_ReturnsNoFinding()
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { text = "按摩不能把突出的椎间盘推回去。警惕声称能根治的广告。" }), Encoding.UTF8, "application/json");

        using var response = await site.Client.PostAsync("/api/claims/check", content);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task AskApi_MassageQuestion_AnswersFromTheChineseMassageArticleWithPassageAndSource()
    {
        using var response = await site.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString("按摩能把突出的腰椎间盘推回去吗"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = json.RootElement.GetProperty("answers")[0];
        Assert.StartsWith("/zh/articles/anmo-tuina-yaotu", first.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", first.GetProperty("answer").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task SearchApi_ChineseWords_FindTheChineseMassageArticle()
    {
        using var response = await site.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("腰椎间盘突出"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/zh/articles/anmo-tuina-yaotu", body, StringComparison.Ordinal);
    }
}
