using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Vertebra.Web.Tests;

public sealed class InfobuttonEndpointTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Infobutton_M5116_DefaultsToAnAtomFeedOfThisSitesPages()
    {
        using var response = await site.Client.GetAsync("/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=M51.16&mainSearchCriteria.v.dn=Lumbar%20disc%20disorder");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        var links = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value).ToArray();
        Assert.Equal("http://localhost/conditions/lumbar-disc-herniation", links[0]);
        foreach (var link in links)
        {
            using var page = await site.Client.GetAsync(new Uri(link).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task Infobutton_Json_FollowsMedlinePlusConnectsShape()
    {
        var text = await site.Client.GetStringAsync("/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=M51.16&knowledgeResponseType=application/json&informationRecipient.languageCode.c=en");
        var entry = JsonDocument.Parse(text).RootElement.GetProperty("feed").GetProperty("entry")[0];
        Assert.Equal("Lumbar disc herniation", entry.GetProperty("title").GetProperty("_value").GetString());
        Assert.Equal("http://localhost/conditions/lumbar-disc-herniation", entry.GetProperty("link")[0].GetProperty("href").GetString());
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("summary").GetProperty("_value").GetString()));
    }

    [Theory]
    [InlineData("/infobutton")]
    [InlineData("/infobutton?mainSearchCriteria.v.c=M51.16&mainSearchCriteria.v.cs=1.2.3")]
    [InlineData("/infobutton?mainSearchCriteria.v.c=M51.16&knowledgeResponseType=text/html")]
    public async Task Infobutton_BadRequest_Answers400Problem(string url)
    {
        using var response = await site.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
