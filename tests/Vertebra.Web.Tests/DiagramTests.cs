using System.Globalization;
using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Vertebra.Web.Hosting;
using Vertebra.Tests.Shared;
using Vertebra.Web.Presentation;

namespace Vertebra.Web.Tests;

/// <summary>The diagrams: served from the site, shown with a text alternative and a caption, readable colours.</summary>
public sealed class DiagramTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Files => new(DiagramCatalogue.All.SelectMany(d => d.Panels).Select(p => p.File));

    public static TheoryData<string> Pages => new(
        DiagramCatalogue.All.SelectMany(d => d.Articles.Select(a => "/articles/" + a).Concat(d.Conditions.Select(c => "/conditions/" + c))));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Diagram_IsServedFromTheSiteAsSvg(string file)
    {
        using var response = await site.Client.GetAsync("/diagrams/" + file);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Diagram_UnknownFile_IsNotFound()
    {
        using var response = await site.Client.GetAsync("/diagrams/..%2Fsite.css");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_ShowsItsDiagramWithATextAlternativeAndACaption(string url)
    {
        var document = new HtmlParser().ParseDocument(await site.Client.GetStringAsync(url));
        var figure = Assert.Single(document.QuerySelectorAll("main figure.diagram"));
        Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector("figcaption")?.TextContent));
        var images = figure.QuerySelectorAll("img");
        Assert.NotEmpty(images);
        Assert.All(images, img =>
        {
            Assert.StartsWith("/diagrams/", img.GetAttribute("src"), StringComparison.Ordinal);
            Assert.True((img.GetAttribute("alt") ?? "").Length > 30, $"{url}: the picture needs a text alternative that says what it shows");
        });
    }

    [Fact]
    public void Catalogue_NamesOnlyBundledArticlesAndConditions()
    {
        var conditions = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "conditions.yaml"));
        foreach (var diagram in DiagramCatalogue.All)
        {
            Assert.All(diagram.Articles, slug => Assert.True(File.Exists(Path.Combine(RepositoryPaths.Content, "articles", slug + ".md")), slug));
            Assert.All(diagram.Conditions, id => Assert.Contains("id: " + id + "\n", conditions.ReplaceLineEndings("\n"), StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Every word in a diagram has at least 4.5:1 contrast against every colour in it (so wherever a label sits), and
    /// every line and outline at least 3:1 against the white background (WCAG 1.4.3 and 1.4.11).
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Diagram_HasATitleADescriptionAndReadableColours(string file)
    {
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(SiteAssets.Load("diagrams." + file))).Root!;
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(svg.Element(Svg + "title")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(svg.Element(Svg + "desc")?.Value));

        var shapes = svg.Descendants().Where(e => e.Name != Svg + "text" && e.Name != Svg + "tspan").ToList();
        var fills = shapes.Select(e => (string?)e.Attribute("fill")).OfType<string>().Where(c => c.StartsWith('#')).Distinct().ToList();
        Assert.Contains("#ffffff", fills); // a white background, whatever the page behind it
        var texts = svg.Descendants(Svg + "text").ToList();
        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            var colour = (string?)text.Attribute("fill") ?? "#000000";
            foreach (var fill in fills)
            {
                var ratio = Contrast(colour, fill);
                Assert.True(ratio >= 4.5, $"{file}: text \"{text.Value}\" in {colour} on {fill} has contrast {ratio:0.00}, below 4.5");
            }
        }

        foreach (var stroke in shapes.Select(e => (string?)e.Attribute("stroke")).OfType<string>().Where(c => c.StartsWith('#')).Distinct())
        {
            var ratio = Contrast(stroke, "#ffffff");
            Assert.True(ratio >= 3, $"{file}: line colour {stroke} has contrast {ratio:0.00} on white, below 3");
        }
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
