using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>The Chinese edition under /zh/: language, alternates, the language switch, the API's language and the guide in Chinese.</summary>
public sealed class ChineseEditionTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryData<string> ChinesePages => new()
    {
        "/zh/", "/zh/articles", "/zh/conditions", "/zh/clinics", "/zh/search", "/zh/search?q=%E8%85%B0%E6%A4%8E", "/zh/ask",
        "/zh/guide", "/zh/check", "/zh/topics/slipped-disc", "/zh/conditions/lumbar-disc-herniation",
    };

    [Theory]
    [MemberData(nameof(ChinesePages))]
    public async Task ChinesePage_IsZhHans_WithBothAlternatesAndASwitchToTheSameEnglishPage(string url)
    {
        using var response = await site.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("zh-Hans", document.DocumentElement.GetAttribute("lang"));
        var english = url == "/zh/" ? "/" : url[3..];
        Assert.Equal(english, document.QuerySelector("link[rel=alternate][hreflang=en]")?.GetAttribute("href"));
        Assert.Equal(url, document.QuerySelector("link[rel=alternate][hreflang=zh-Hans]")?.GetAttribute("href"));
        var languageSwitch = document.QuerySelector("a.language-switch");
        Assert.NotNull(languageSwitch);
        Assert.Equal(english, languageSwitch.GetAttribute("href"));
        Assert.Equal("English", languageSwitch.TextContent.Trim());

        // Links stay in the edition: the main navigation leads to /zh/ pages.
        var nav = document.QuerySelectorAll("nav[aria-label] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(nav);
        Assert.All(nav, href => Assert.StartsWith("/zh/", href, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles")]
    [InlineData("/guide")]
    [InlineData("/conditions/lumbar-disc-herniation")]
    public async Task EnglishPage_StaysEnglish_WithASwitchToTheChinesePage(string url)
    {
        var document = new HtmlParser().ParseDocument(await site.Client.GetStringAsync(url));
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        var chinese = url == "/" ? "/zh/" : "/zh" + url;
        Assert.Equal(chinese, document.QuerySelector("a.language-switch")?.GetAttribute("href"));
        Assert.Equal(chinese, document.QuerySelector("link[rel=alternate][hreflang=zh-Hans]")?.GetAttribute("href"));
        Assert.Equal(url, document.QuerySelector("link[rel=alternate][hreflang=en]")?.GetAttribute("href"));
        Assert.All(document.QuerySelectorAll("nav[aria-label] a"), a => Assert.DoesNotContain("/zh", a.GetAttribute("href")!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/articles/massage-for-lumbar-disc-herniation", "/zh/articles/anmo-tuina-yaotu", "en")]
    [InlineData("/zh/articles/anmo-tuina-yaotu", "/articles/massage-for-lumbar-disc-herniation", "zh-Hans")]
    [InlineData("/articles/neck-pain", "/zh/articles", "en")]
    public async Task ArticleLanguageSwitch_LeadsToTheCounterpart_ElseTheOtherArticleList(string url, string other, string language)
    {
        var document = new HtmlParser().ParseDocument(await site.Client.GetStringAsync(url));
        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(other, document.QuerySelector("a.language-switch")?.GetAttribute("href"));
        using var response = await site.Client.GetAsync(other);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ArticleInTheOtherEdition_RedirectsToItsOwnLanguage()
    {
        using var english = await site.Client.GetAsync("/zh/articles/neck-pain");
        Assert.Equal(HttpStatusCode.MovedPermanently, english.StatusCode);
        Assert.Equal("/articles/neck-pain", english.Headers.Location?.OriginalString);
        using var chinese = await site.Client.GetAsync("/articles/anmo-tuina-yaotu");
        Assert.Equal(HttpStatusCode.MovedPermanently, chinese.StatusCode);
        Assert.Equal("/zh/articles/anmo-tuina-yaotu", chinese.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ChineseConditionPage_UsesTheChineseNameAndLayNames()
    {
        var document = new HtmlParser().ParseDocument(await site.Client.GetStringAsync("/zh/conditions/lumbar-disc-herniation"));
        Assert.Equal("腰椎间盘突出症", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("腰突", document.Body!.TextContent, StringComparison.Ordinal);
        var list = await site.Client.GetStringAsync("/zh/conditions");
        Assert.Contains("脊柱肿瘤", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_WithChineseAcceptLanguage_SuggestsChineseButNeverRedirects()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.5");
        using var response = await site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        var suggestion = document.QuerySelector(".language-suggestion a");
        Assert.NotNull(suggestion);
        Assert.Equal("/zh/", suggestion.GetAttribute("href"));

        // An English browser gets no notice (and the cached page with the notice is not served to it).
        var plain = new HtmlParser().ParseDocument(await site.Client.GetStringAsync("/"));
        Assert.Null(plain.QuerySelector(".language-suggestion"));
    }

    [Fact]
    public async Task ChinesePages_TakeTheirInterfaceTextFromTheResources()
    {
        var html = await site.Client.GetStringAsync("/zh/");
        Assert.Contains("症状自查", html, StringComparison.Ordinal);
        Assert.Contains("本站内容为一般健康信息，不能代替诊断。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Check my symptoms", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChineseGuide_EveryStepIsInChinese_AndNeverNamesNhsServices()
    {
        var walker = await GuidePageTests.GuideWalker.StartAsync(site.Client, "/zh/guide", "<h1>您的就医建议</h1>");
        var pages = new List<string> { walker.Html };
        for (var step = 0; step < 6 && !walker.Html.Contains("<h1>您的就医建议</h1>", StringComparison.Ordinal); step++)
        {
            await walker.SubmitAsync(GuidePageTests.Calm, "next");
            pages.Add(walker.Html);
        }

        Assert.Contains("<h1>您的就医建议</h1>", walker.Html, StringComparison.Ordinal);
        foreach (var page in pages)
        {
            AssertNoNhsServices(WordsOf(page));
        }

        Assert.Contains("第 1 步，共 6 步", pages[0], StringComparison.Ordinal);
        Assert.Contains("哪里不舒服", pages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("saddle_numbness", "true")]
    [InlineData("night_pain", "true")]
    [InlineData("fever", "true")]
    [InlineData("requested_treatment", "massage")]
    [InlineData("leg_pain", "both_legs")]
    public async Task ChineseGuide_Answers_AreInChineseAndFitChineseHealthcare(string fact, string value)
    {
        var walker = await GuidePageTests.GuideWalker.StartAsync(site.Client, "/zh/guide", "<h1>您的就医建议</h1>");
        var result = await walker.AnswerUntilResultAsync(GuidePageTests.With(GuidePageTests.Calm, (fact, value)));
        var text = WordsOf(result);
        AssertNoNhsServices(text);
        Assert.Contains("根据您的回答", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChineseGuide_WithEmergencyNumber120_ReachesAnEmergencyAnswerNaming120()
    {
        var data = Path.Combine(Path.GetTempPath(), "vertebra-zh-120-" + Guid.NewGuid().ToString("N"));
        await using var app = await SiteFixture.StartAsync(new VertebraWebOptions { DataDirectory = data, ContentDirectory = RepositoryPaths.Content, EmergencyNumber = "120" });
        using var client = app.GetTestClient();
        var walker = await GuidePageTests.GuideWalker.StartAsync(client, "/zh/guide", "<h1>您的就医建议</h1>");
        Assert.Contains("href=\"tel:120\"", walker.Html, StringComparison.Ordinal);
        var result = await walker.AnswerUntilResultAsync(GuidePageTests.With(GuidePageTests.Calm, ("bladder_or_bowel_change", "true")));
        Assert.Contains("马上去医院急诊", result, StringComparison.Ordinal);
        Assert.Contains("拨打120", result, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:120\"", result, StringComparison.Ordinal);
        Assert.DoesNotContain("999", result, StringComparison.Ordinal);
        AssertNoNhsServices(WordsOf(result));
    }

    [Fact]
    public async Task ChineseCheck_FlagsAPastedChineseAdvert_WithHighlightedSpans()
    {
        using var response = await FormPoster.PostFormAsync(site.Client, "/zh/check", new Dictionary<string, string>
        {
            ["text"] = "祖传推拿正骨，一次复位，根治腰椎间盘突出，有效率100%。",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("zh-Hans", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("需要警惕的说法", document.QuerySelector("#findings-title")!.TextContent, StringComparison.Ordinal);
        Assert.True(document.QuerySelectorAll(".checked-text mark").Length >= 2, "the advert's claims should be highlighted");
        Assert.NotEmpty(document.QuerySelectorAll("ol.findings > li"));
    }

    [Fact]
    public async Task ChineseSearch_ForLumbarDiscHerniation_FindsTheChineseMassageArticle()
    {
        var document = new HtmlParser().ParseDocument(await site.Client.GetStringAsync("/zh/search?q=" + Uri.EscapeDataString("腰椎间盘突出")));
        var hits = document.QuerySelectorAll("section[aria-labelledby=results-title] a[href^='/zh/articles/']").ToList();
        Assert.Contains(hits, a => a.TextContent.Contains("按摩", StringComparison.Ordinal) || a.TextContent.Contains("推拿", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChineseAsk_CanMassagePushTheDiscBack_AnswersFromAChineseArticle()
    {
        var document = new HtmlParser().ParseDocument(await site.Client.GetStringAsync("/zh/ask?q=" + Uri.EscapeDataString("按摩能把突出的腰椎间盘推回去吗")));
        Assert.Equal("zh-Hans", document.DocumentElement.GetAttribute("lang"));
        var links = document.QuerySelectorAll("main a[href^='/zh/articles/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.DoesNotContain("no words we can search for", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChineseAsk_SaysHowItReadTheQuestionAndWhereTheAnswerIsFrom_InChinese()
    {
        var text = await MainTextAsync("/zh/ask?q=" + Uri.EscapeDataString("腰椎间盘突出可以按摩吗"));
        Assert.Contains("我们把您的问题理解为", text, StringComparison.Ordinal);
        Assert.Contains("我们还查找了：", text, StringComparison.Ordinal);
        Assert.Contains("来源：我们自己的文章，阅读全文。", text, StringComparison.Ordinal); // Chinese puts no spaces around the link
        foreach (var english in new[] { "We read your question", "We also looked for", "Source:", "read the whole article" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ChineseSearch_SaysWhatItSearchedFor_InChinese()
    {
        var text = await MainTextAsync("/zh/search?q=" + Uri.EscapeDataString("腰间盘突出 推拿"));
        Assert.Contains("（您输入的是“腰间盘突出 推拿”）", text, StringComparison.Ordinal);
        Assert.Contains("见小节", text, StringComparison.Ordinal);
        Assert.DoesNotContain("见小节 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Showing results for", text, StringComparison.Ordinal);
        Assert.DoesNotContain("In the part", text, StringComparison.Ordinal);
    }

    /// <summary>The text of a page's main part.</summary>
    private async Task<string> MainTextAsync(string url) =>
        new HtmlParser().ParseDocument(await site.Client.GetStringAsync(url)).QuerySelector("main")!.TextContent;

    [Fact]
    public async Task GuidanceApi_AnswersInTheLanguageAskedFor_TheQueryParameterWinning()
    {
        const string facts = """{"saddle_numbness": true, "back_pain": true}""";
        var english = await PostGuidanceAsync("/api/guidance", facts, acceptLanguage: null);
        var byHeader = await PostGuidanceAsync("/api/guidance", facts, acceptLanguage: "zh-CN,zh;q=0.9");
        var byQuery = await PostGuidanceAsync("/api/guidance?lang=zh", facts, acceptLanguage: "en");
        var queryWins = await PostGuidanceAsync("/api/guidance?lang=en", facts, acceptLanguage: "zh-CN");
        Assert.Contains("emergency department", english, StringComparison.Ordinal);
        Assert.Contains("急诊", byHeader, StringComparison.Ordinal);
        Assert.Contains("急诊", byQuery, StringComparison.Ordinal);
        Assert.Equal(english, queryWins);
        Assert.DoesNotContain("emergency department", byQuery, StringComparison.Ordinal);
    }

    /// <summary>The page's text without its list of cited sources (publication titles).</summary>
    internal static string WordsOf(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var list in document.QuerySelectorAll("ul.sources").ToList())
        {
            list.Remove();
        }

        return document.Body!.TextContent;
    }

    private async Task<string> PostGuidanceAsync(string url, string json, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await site.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    /// <summary>
    /// The page's words never send a person to NHS services (111, NHS, a GP). The list of sources is left out: it names
    /// the guidelines the advice comes from by their titles, some of which are NHS web pages.
    /// </summary>
    internal static void AssertNoNhsServices(string text)
    {
        Assert.DoesNotContain("111", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NHS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GP", text, StringComparison.Ordinal);
    }
}
