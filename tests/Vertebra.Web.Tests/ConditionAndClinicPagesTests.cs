using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Storage;

namespace Vertebra.Web.Tests;

public sealed class ConditionAndClinicPagesTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly HtmlParser Parser = new();

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(string url) => Parser.ParseDocument(await site.Client.GetStringAsync(url));

    [Fact]
    public async Task ConditionPage_ShowsWhatItIsSymptomsTreatmentsWhenToGetHelpSourcesAndReviewDates()
    {
        var page = await GetAsync("/conditions/spinal-stenosis");
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();

        Assert.Contains("What it is", headings);
        Assert.Contains("Symptoms", headings);
        Assert.Contains("Treatments", headings);
        Assert.Contains("When to get help", headings);
        Assert.Contains("Sources", headings);
        Assert.Contains(page.QuerySelectorAll(".references a"), a => a.GetAttribute("href") == "https://www.nhs.uk/conditions/spinal-stenosis/" && a.TextContent == "NHS: Spinal stenosis");
        var review = page.QuerySelector("dl.review")!.TextContent;
        Assert.Contains("Next review due", review, StringComparison.Ordinal);
        Assert.Contains("2027", review, StringComparison.Ordinal);
        Assert.Contains("Not yet clinically reviewed", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionPage_WhenToGetHelpComesBeforeSymptomsAndStartsWithTheEmergency()
    {
        var page = await GetAsync("/conditions/lumbar-disc-herniation");
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();

        Assert.True(headings.IndexOf("When to get help") < headings.IndexOf("Symptoms"));
        Assert.Contains("emergency department", page.QuerySelector(".warning-signs li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionPage_ArticleNamingTheConditionComesFirst()
    {
        var page = await GetAsync("/conditions/scoliosis");
        var first = page.QuerySelector("section[aria-labelledby='related-title'] a")!;

        Assert.Equal("/articles/scoliosis", first.GetAttribute("href"));
    }

    [Fact]
    public async Task ConditionPage_ShowsTheClinicPhoneAsATelLink()
    {
        var page = await GetAsync("/conditions/spinal-stenosis");

        var tel = Assert.Single(page.QuerySelectorAll("a[href^='tel:']"));
        Assert.Equal("tel:01144960101", tel.GetAttribute("href"));
    }

    [Fact]
    public async Task ClinicsPage_EveryClinicHasATelLinkHoursAddressReferralAndAfterOperationContact()
    {
        var page = await GetAsync("/clinics");
        var clinics = page.QuerySelectorAll("section.clinic").ToList();
        Assert.Equal(7, clinics.Count);

        foreach (var clinic in clinics)
        {
            var id = clinic.Id;
            Assert.Matches("^tel:0114496[0-9]{4}$", clinic.QuerySelector("a[href^='tel:']")?.GetAttribute("href") ?? "");
            var terms = clinic.QuerySelectorAll("dt").Select(d => d.TextContent).ToList();
            Assert.Contains("Opening hours", terms);
            Assert.Contains("Address", terms);
            var subheadings = clinic.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
            Assert.True(subheadings.Contains("How to be referred"), id);
            Assert.True(subheadings.Contains("After an operation"), id);
        }
    }

    [Fact]
    public async Task ClinicsPage_SaysTheBundledContactDetailsAreExamples()
    {
        var page = await GetAsync("/clinics");

        Assert.Contains("These contact details are examples", page.QuerySelector(".example-data")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_MoreArticles_AllShareATopicOrConditionWithTheArticle()
    {
        var store = site.Services.GetRequiredService<IContentStore>();
        var articles = (await store.ListAllArticlesAsync()).ToDictionary(a => a.Slug);
        foreach (var slug in new[] { "scoliosis", "sciatica", "cervical-spondylosis" })
        {
            var page = await GetAsync("/articles/" + slug);
            var me = articles[slug];
            var more = page.QuerySelectorAll(".more a").Select(a => a.GetAttribute("href")!["/articles/".Length..]).ToList();
            Assert.All(more, other => Assert.True(
                articles[other].Topics.Intersect(me.Topics).Any() || articles[other].Conditions.Intersect(me.Conditions).Any(),
                $"{slug} suggests {other}, which shares no topic or condition"));
            Assert.DoesNotContain("back-pain-at-work", slug == "scoliosis" ? more : []);
        }
    }

    [Fact]
    public async Task ArticlePage_MoreArticles_ArticlesSharingAConditionComeBeforeTopicOnlyOnes()
    {
        var store = site.Services.GetRequiredService<IContentStore>();
        var articles = (await store.ListAllArticlesAsync()).ToDictionary(a => a.Slug);
        var me = articles["massage-for-lumbar-disc-herniation"];
        var page = await GetAsync("/articles/" + me.Slug);
        var shares = page.QuerySelectorAll(".more a")
            .Select(a => articles[a.GetAttribute("href")!["/articles/".Length..]])
            .Select(a => 2 * a.Conditions.Intersect(me.Conditions).Count() + a.Topics.Intersect(me.Topics).Count())
            .ToList();

        Assert.NotEmpty(shares);
        Assert.Equal(shares.OrderByDescending(s => s), shares);
    }

    [Fact]
    public async Task HomePage_NewestArticles_AreInDateOrder()
    {
        var store = site.Services.GetRequiredService<IContentStore>();
        var newest = await store.ListNewestArticlesAsync(6);
        var dates = newest.Select(a => a.Published).ToList();

        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var page = await GetAsync("/");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/" + newest[0].Slug);
    }
}
