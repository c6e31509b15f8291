using System.Text.Json;
using System.Xml.Linq;
using Vertebra.Interop.Infobutton;

namespace Vertebra.Interop.Tests;

public sealed class InfobuttonTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly InfobuttonService Service = new(TestData.Clock());

    private static InfobuttonRequest Request(params (string Name, string Value)[] parameters) =>
        InfobuttonRequest.Parse(name => parameters.FirstOrDefault(p => p.Name == name).Value);

    private static (string ContentType, string Body) Answer(params (string, string)[] parameters) =>
        Service.Answer(Request(parameters), TestData.Catalogue, TestData.BaseUrl);

    [Fact]
    public void MedlinePlusExampleRequest_M5116Json_AnswersLumbarDiscHerniationThenItsArticles()
    {
        // The example request on the MedlinePlus Connect web service page, pointed at Vertebra.
        var (type, body) = Answer(
            ("mainSearchCriteria.v.cs", "2.16.840.1.113883.6.90"), ("mainSearchCriteria.v.c", "M51.16"),
            ("knowledgeResponseType", "application/json"), ("informationRecipient.languageCode.c", "en"));
        Assert.StartsWith("application/json", type, StringComparison.Ordinal);
        var feed = JsonDocument.Parse(body).RootElement.GetProperty("feed");
        var entries = feed.GetProperty("entry").EnumerateArray().ToArray();
        Assert.Equal("Lumbar disc herniation", entries[0].GetProperty("title").GetProperty("_value").GetString());
        Assert.Equal(TestData.BaseUrl + "/conditions/lumbar-disc-herniation", entries[0].GetProperty("link")[0].GetProperty("href").GetString());
        Assert.Contains("slipped disc", entries[0].GetProperty("summary").GetProperty("_value").GetString(), StringComparison.Ordinal);
        Assert.Equal(1 + Math.Min(InfobuttonService.MaxArticlesPerCondition, TestData.Catalogue.ArticlesFor("lumbar-disc-herniation").Count), entries.Length);
        Assert.All(entries.Skip(1), e => Assert.StartsWith(TestData.BaseUrl + "/articles/", e.GetProperty("link")[0].GetProperty("href").GetString(), StringComparison.Ordinal));
        Assert.Equal("2026-11-23T10:00:00Z", feed.GetProperty("updated").GetProperty("_value").GetString());
        Assert.Contains(feed.GetProperty("category").EnumerateArray(), c => c.GetProperty("term").GetString() == "M51.16");
    }

    [Fact]
    public void DefaultResponse_IsAnAtomFeedWithTheRequiredElements()
    {
        var (type, body) = Answer(("mainSearchCriteria.v.cs", "2.16.840.1.113883.6.90"), ("mainSearchCriteria.v.c", "M50.121"));
        Assert.StartsWith("application/atom+xml", type, StringComparison.Ordinal);
        var feed = XDocument.Parse(body).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var name in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(feed.Element(Atom + name));
        }

        var entries = feed.Elements(Atom + "entry").ToArray();
        Assert.NotEmpty(entries);
        Assert.Equal("Cervical disc herniation", entries[0].Element(Atom + "title")!.Value);
        Assert.All(entries, e =>
        {
            Assert.NotNull(e.Element(Atom + "id"));
            Assert.NotNull(e.Element(Atom + "updated"));
            Assert.Equal("html", e.Element(Atom + "summary")!.Attribute("type")!.Value);
            Assert.True(Uri.IsWellFormedUriString(e.Element(Atom + "link")!.Attribute("href")!.Value, UriKind.Absolute));
        });
    }

    [Fact]
    public void CodeNobodyTreatsHere_GivesAnEmptyFeed()
    {
        var (_, body) = Answer(("mainSearchCriteria.v.cs", "2.16.840.1.113883.6.90"), ("mainSearchCriteria.v.c", "I10"), ("knowledgeResponseType", "application/json"));
        Assert.Empty(JsonDocument.Parse(body).RootElement.GetProperty("feed").GetProperty("entry").EnumerateArray());
        var (_, xml) = Answer(("mainSearchCriteria.v.c", "I10"));
        Assert.Empty(XDocument.Parse(xml).Root!.Elements(Atom + "entry"));
    }

    [Fact]
    public void DisplayNameAlone_FindsTheConditionByItsWords()
    {
        var (_, body) = Answer(("mainSearchCriteria.v.dn", "Sciatica"), ("knowledgeResponseType", "application/json"));
        var first = JsonDocument.Parse(body).RootElement.GetProperty("feed").GetProperty("entry")[0];
        Assert.Equal("Lumbar disc herniation", first.GetProperty("title").GetProperty("_value").GetString());
    }

    [Fact]
    public void SnomedCode_IsAccepted()
    {
        var (_, body) = Answer(("mainSearchCriteria.v.cs", InfobuttonRequest.SnomedOid), ("mainSearchCriteria.v.c", "23056005"), ("knowledgeResponseType", "application/json"));
        Assert.NotEmpty(JsonDocument.Parse(body).RootElement.GetProperty("feed").GetProperty("entry").EnumerateArray());
    }

    [Fact]
    public void BroadCategory_FindsTheConditionsUnderIt()
    {
        var (_, body) = Answer(("mainSearchCriteria.v.c", "Q06"), ("knowledgeResponseType", "application/json"));
        Assert.Equal(2, ConditionEntries(body));
    }

    [Fact]
    public void ManyMatches_AreCappedAtThreeConditions_LikeMedlinePlusConnect()
    {
        Assert.True(TestData.Catalogue.ConditionsForText("spinal").Count > InfobuttonService.MaxConditions);
        var (_, body) = Answer(("mainSearchCriteria.v.dn", "spinal"), ("knowledgeResponseType", "application/json"));
        Assert.Equal(InfobuttonService.MaxConditions, ConditionEntries(body));
    }

    private static int ConditionEntries(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("feed").GetProperty("entry").EnumerateArray()
            .Count(e => e.GetProperty("link")[0].GetProperty("href").GetString()!.Contains("/conditions/", StringComparison.Ordinal));

    [Theory]
    [InlineData("mainSearchCriteria.v.cs", "2.16.840.1.113883.6.1", "not supported")]
    [InlineData("knowledgeResponseType", "text/html", "knowledgeResponseType")]
    [InlineData("informationRecipient.languageCode.c", "fr", "languageCode")]
    public void UnsupportedParameter_IsRefusedWithItsName(string name, string value, string mentioned)
    {
        var ex = Assert.Throws<InfobuttonException>(() => Request(("mainSearchCriteria.v.c", "M51.16"), (name, value)));
        Assert.Contains(mentioned, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCodeAndNoName_IsRefused() =>
        Assert.Throws<InfobuttonException>(() => Request(("knowledgeResponseType", "application/json")));
}
