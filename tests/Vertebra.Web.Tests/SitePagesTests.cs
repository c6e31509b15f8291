using System.Net;

namespace Vertebra.Web.Tests;

public sealed class SitePagesTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task HealthzReady_AfterFirstStart_ReportsTheSeededContentAndTheIndex()
    {
        var json = await site.Client.GetStringAsync("/healthz/ready");
        Assert.StartsWith("{\"status\":\"Healthy\"", json, StringComparison.Ordinal);
        Assert.Contains("\"conditions\":28", json, StringComparison.Ordinal);
        Assert.Contains("\"search-index\":{\"status\":\"Healthy\",\"description\":\"The search index is loaded.\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_SaysOnlyThatTheProcessIsUp()
    {
        var json = await site.Client.GetStringAsync("/healthz");
        Assert.Equal("{\"status\":\"Healthy\",\"checks\":{}}", json);
    }

    [Fact]
    public async Task ArticlePage_BundledArticle_ShowsReviewStateNoticeReferencesAndNavigation()
    {
        var html = await site.Client.GetStringAsync("/articles/massage-for-lumbar-disc-herniation");
        Assert.Contains("Not yet clinically reviewed", html, StringComparison.Ordinal);
        Assert.Contains("General information, not a diagnosis", html, StringComparison.Ordinal);
        Assert.Contains("Next review due", html, StringComparison.Ordinal);
        // The seed's reading order: Chinese medicine, then massage, then bone setting.
        Assert.Contains("rel=\"prev\" href=\"/articles/chinese-medicine-for-a-bulging-disc\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" href=\"/articles/bone-setting-claims\"", html, StringComparison.Ordinal);
        Assert.Contains("More articles", html, StringComparison.Ordinal);
        Assert.Contains("https://www.nice.org.uk/guidance/ng59", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_MoreArticles_TeasersAreAtMostFiftyCharactersPlusEllipsis()
    {
        var html = await site.Client.GetStringAsync("/articles/sciatica");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var teasers = document.QuerySelectorAll(".more .teaser").Select(t => t.TextContent).ToList();
        Assert.NotEmpty(teasers);
        Assert.All(teasers, t => Assert.True(t.TrimEnd('\u2026').Length <= 50, t));
    }

    [Fact]
    public async Task UnknownArticle_Returns404PageWithoutInternals()
    {
        using var response = await site.Client.GetAsync("/articles/no-such-article");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles?page=0")]
    [InlineData("/articles?page=999")]
    [InlineData("/topics/nope")]
    [InlineData("/conditions/schizophrenia")]
    public async Task UnknownPages_Return404(string url)
    {
        using var response = await site.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesSecurityHeaders()
    {
        using var response = await site.Client.GetAsync("/");
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("disc", true)]
    [InlineData("MASSAGE", true)]
    [InlineData("100%", false)]
    [InlineData("_", false)]
    [InlineData("zzqqxxjj", false)]
    public async Task Search_Words_FindArticlesOrLeadSomewhereUseful(string query, bool expectResults)
    {
        using var response = await site.Client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        if (expectResults)
        {
            Assert.Contains("class=\"hits\"", html, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("We found nothing", html, StringComparison.Ordinal);
            Assert.Contains("/topics/", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Search_VeryLongQuery_IsCutWithANote()
    {
        var html = await site.Client.GetStringAsync("/search?q=" + new string('a', 3000));
        Assert.Contains("very long", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionPage_ChiariMalformation_ShowsCodeClinicAndArticles()
    {
        var html = await site.Client.GetStringAsync("/conditions/chiari-malformation");
        Assert.Contains("Q07.0", html, StringComparison.Ordinal);
        Assert.Contains("/clinics#", html, StringComparison.Ordinal);
        Assert.Contains("/articles/chiari-malformation", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionCatalogue_ListsEveryGroupAndNoSchizophrenia()
    {
        var html = await site.Client.GetStringAsync("/conditions");
        foreach (var group in new[] { "group-degenerative", "group-tumour", "group-deformity", "group-congenital", "group-trauma" })
        {
            Assert.Contains(group, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("schizophrenia", html, StringComparison.OrdinalIgnoreCase);
    }
}
