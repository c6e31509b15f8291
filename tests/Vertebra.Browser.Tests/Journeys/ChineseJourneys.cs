using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>What a Chinese-speaking patient does on the Chinese edition (/zh/), deployed with emergency number 120.</summary>
internal static class ChineseJourneys
{
    /// <summary>A typical advert of the kind the department's patients meet: bone setting, "one session puts it back", "cures at the root", 100%.</summary>
    public const string Advert = "祖传推拿正骨，一次复位，根治腰椎间盘突出，有效率100%。";

    /// <summary>The guide, in Chinese, with new trouble peeing: the answer is an emergency and names 120 as the number to call.</summary>
    public static async Task GuideEmergencyAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var guide = new GuideForm(page, "/zh/guide");
        await guide.StartAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(guide.Heading).ToHaveTextAsync("症状自查");
        await guide.CompleteAsync(new Dictionary<string, string>(GuideJourney.RoutineAnswers) { ["bladder_or_bowel_change"] = "true" });

        await Expect(guide.Heading).ToHaveTextAsync("您的就医建议");
        await Expect(guide.Advice).ToHaveTextAsync("马上去医院急诊");
        await Expect(guide.CallLink).ToHaveAttributeAsync("href", "tel:" + ChineseSiteFixture.EmergencyNumber);
        await Expect(guide.CallLink).ToHaveTextAsync("拨打" + ChineseSiteFixture.EmergencyNumber);
        await Expect(guide.CallLink).ToBeVisibleAsync();
        var words = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("111", words, StringComparison.Ordinal);
        Assert.DoesNotContain("999", words, StringComparison.Ordinal);
        tab.AssertNoBrokenResources();
    }

    /// <summary>Searching 腰椎间盘突出 (lumbar disc herniation) finds the Chinese article on massage, which opens in Chinese.</summary>
    public static async Task SearchFindsTheMassageArticleAsync(BrowserTab tab)
    {
        var page = tab.Page;
        await tab.GoAsync("/zh/");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索我们的文章" }).FillAsync("腰椎间盘突出");
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.StartsWith("/zh/search?q=", tab.PathAndQuery, StringComparison.Ordinal);
        var results = page.Locator("section[aria-labelledby=results-title] a[href^='/zh/articles/']");
        var massage = results.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("按摩|推拿") });
        Assert.True(await massage.CountAsync() >= 1, "Searching 腰椎间盘突出 should find the Chinese article on massage.");
        await ArticlePage.FollowAsync(page, massage.First);
        Assert.StartsWith("/zh/articles/", tab.PathAndQuery, StringComparison.Ordinal);
        await Expect(new ArticlePage(page).Title).ToContainTextAsync(new System.Text.RegularExpressions.Regex("按摩|推拿"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        tab.AssertNoBrokenResources();
    }

    /// <summary>
    /// Asking whether massage can push a herniated disc back is answered first from our Chinese massage article: its
    /// key points (which say it cannot) come first, and the source link opens the article in Chinese.
    /// </summary>
    public static async Task AskIsAnsweredFromTheMassageArticleAsync(BrowserTab tab)
    {
        var page = tab.Page;
        await tab.GoAsync("/zh/ask");
        await page.Locator("#ask-q").FillAsync("按摩能把突出的腰椎间盘推回去吗");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.StartsWith("/zh/ask?q=", tab.PathAndQuery, StringComparison.Ordinal);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        var source = page.Locator("section.answer p.attribution a");
        await Expect(source).ToHaveCountAsync(1);
        var href = await source.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.StartsWith("/zh/articles/anmo-tuina-yaotu", href, StringComparison.Ordinal);
        await Expect(page.Locator("section.answer .key-points li").Filter(new() { HasText = "不能把突出的椎间盘推回去" })).ToHaveCountAsync(1);
        await source.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.StartsWith("/zh/articles/anmo-tuina-yaotu", tab.PathAndQuery, StringComparison.Ordinal);
        await Expect(new ArticlePage(page).Title).ToContainTextAsync("按摩");
        tab.AssertNoBrokenResources();
    }

    /// <summary>A Chinese advert pasted into /zh/check is flagged, with its claims highlighted and explained.</summary>
    public static async Task CheckFlagsAChineseAdvertAsync(BrowserTab tab)
    {
        var page = tab.Page;
        await tab.GoAsync("/zh/check");
        var text = page.Locator("#check-text");
        await text.FillAsync(Advert);
        await page.Locator("form.check-form button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("/zh/check", tab.PathAndQuery);
        await Expect(page.Locator("#findings-title")).ToContainTextAsync("需要警惕的说法");
        var highlights = page.Locator(".checked-text mark");
        Assert.True(await highlights.CountAsync() >= 2, "The advert's claims (复位, 根治, 100%) should be highlighted.");
        await Expect(highlights.First).ToBeVisibleAsync();
        await Expect(page.Locator("ol.findings > li").First).ToBeVisibleAsync();
        tab.AssertNoBrokenResources();
    }

    /// <summary>The language switch leads from a Chinese page to the same page in English and back.</summary>
    public static async Task LanguageSwitchAsync(BrowserTab tab)
    {
        var page = tab.Page;
        await tab.GoAsync("/zh/conditions");
        await page.Locator("a.language-switch").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("/conditions", tab.PathAndQuery);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.Locator("a.language-switch").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("/zh/conditions", tab.PathAndQuery);
    }
}
