using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Journeys;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>Every page type of the Chinese edition (/zh/), for its accessibility audit and screenshots.</summary>
internal static class ChineseSitePages
{
    /// <summary>The pages; the home page and a guide result are shown in docs/screenshots (written only with VERTEBRA_SCREENSHOTS=1).</summary>
    public static SitePageSet Chinese { get; } = new(
    [
        new("zh-home", tab => tab.GoAsync("/zh/")),
        new("zh-articles", tab => tab.GoAsync("/zh/articles")),
        new("zh-topic", tab => tab.GoAsync("/zh/topics/slipped-disc")),
        new("zh-conditions", tab => tab.GoAsync("/zh/conditions")),
        new("zh-condition", tab => tab.GoAsync("/zh/conditions/lumbar-disc-herniation")),
        new("zh-clinics", tab => tab.GoAsync("/zh/clinics")),
        new("zh-search", tab => tab.GoAsync("/zh/search?q=%E8%85%B0%E6%A4%8E%E9%97%B4%E7%9B%98%E7%AA%81%E5%87%BA")),
        new("zh-ask", tab => tab.GoAsync("/zh/ask")),
        new("zh-guide-step", tab => tab.GoAsync("/zh/guide")),
        new("zh-guide-result", OpenGuideResultAsync),
        new("zh-check", tab => tab.GoAsync("/zh/check")),
        new("zh-not-found", tab => tab.GoAsync("/zh/no-such-page", expectedStatus: 404)),
    ],
    [
        new("zh-home", "zh-home"),
        new("zh-guide-result", "zh-guide-result"),
    ]);

    /// <summary>The guide's emergency answer in Chinese, naming the deployment's number (120).</summary>
    private static async Task OpenGuideResultAsync(BrowserTab tab)
    {
        var guide = new GuideForm(tab.Page, "/zh/guide");
        await guide.StartAsync();
        await guide.CompleteAsync(GuideJourney.EmergencyAnswers);
        await Expect(guide.Advice).ToHaveTextAsync("马上去医院急诊");
    }
}
