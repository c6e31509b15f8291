using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Journeys;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>One kind of page on the site and how a visitor gets to it (some need a form sent first).</summary>
internal sealed record SitePage(string Name, Func<BrowserTab, Task> OpenAsync, Func<BrowserTab, Task>? FrameAsync = null);

/// <summary>A picture in docs/screenshots: {File}-{viewport}.png of a page type, at desktop size and (unless told) phone size.</summary>
internal sealed record Screenshot(string File, string Page, bool Phone = true);

/// <summary>
/// Every page type the English site has today, for the accessibility audit and the screenshots (the Chinese edition's
/// are in <see cref="ChineseSitePages"/>). Add a page type here when the site gains one.
/// </summary>
internal static class SitePages
{
    public static SitePageSet English { get; } = new(
    [
        new("home", tab => tab.GoAsync("/")),
        new("articles", tab => tab.GoAsync("/articles")),
        new("article", tab => tab.GoAsync("/articles/massage-for-lumbar-disc-herniation")),
        new("article-cauda-equina", tab => tab.GoAsync("/articles/cauda-equina-syndrome-warning-signs")),
        new("article-sciatica", tab => tab.GoAsync("/articles/sciatica")),
        new("article-diagram", tab => tab.GoAsync("/articles/sciatica"), FrameAsync: tab => tab.Page.Locator("figure.diagram").ScrollIntoViewIfNeededAsync()),
        new("condition-diagram", tab => tab.GoAsync("/conditions/scoliosis")),
        new("menu-open", OpenMenuAsync),
        new("topic", tab => tab.GoAsync("/topics/slipped-disc")),
        new("conditions", tab => tab.GoAsync("/conditions")),
        new("condition", tab => tab.GoAsync("/conditions/lumbar-disc-herniation")),
        new("clinics", tab => tab.GoAsync("/clinics")),
        new("report-mistake", tab => tab.GoAsync("/articles/sciatica/report")),
        new("search", tab => tab.GoAsync("/search?q=slipped+disc")),
        new("search-typo", tab => tab.GoAsync("/search?q=sciatca")),
        new("search-empty", tab => tab.GoAsync("/search?q=zebra")),
        new("guide-step", tab => tab.GoAsync("/guide")),
        new("guide-result", OpenGuideResultAsync),
        new("guide-not-sure", OpenGuideNotSureAsync),
        new("guide-ask-again", OpenGuideAskAgainAsync, FrameAsync: tab => tab.Page.Locator("[role=alert]").ScrollIntoViewIfNeededAsync()),
        new("check", tab => tab.GoAsync("/check")),
        new("check-result", OpenCheckResultAsync, FrameAsync: tab => tab.Page.Locator("#findings-title").ScrollIntoViewIfNeededAsync()),
        new("not-found", tab => tab.GoAsync("/no-such-page", expectedStatus: 404)),
        new("ask", tab => tab.GoAsync("/ask")),
        new("ask-answer", OpenAskAnswerAsync),
        new("editor-login", tab => tab.GoAsync("/editor/login")),
        new("editor-dashboard", EditorSetup.OpenDashboardAsync),
        new("editor-edit", EditorSetup.OpenEditPageAsync),
        new("editor-history", EditorSetup.OpenHistoryAsync),
        new("editor-diff", EditorSetup.OpenDiffAsync),
    ],
    [
        .. new[] { "home", "article", "article-cauda-equina", "article-sciatica", "article-diagram", "topic", "conditions", "condition", "clinics", "search", "search-typo", "guide-step", "guide-result", "guide-not-sure", "guide-ask-again", "check-result" }
            .Select(name => new Screenshot(name, name)),
        new("ask", "ask-answer"),
        new("editor-edit", "editor-edit", Phone: false),
    ]);

    /// <summary>Any page with the phone menu opened (on a desktop the links show without it).</summary>
    private static async Task OpenMenuAsync(BrowserTab tab)
    {
        await tab.GoAsync("/articles/sciatica");
        var menu = tab.Page.Locator("details.menu summary");
        if (await menu.IsVisibleAsync())
        {
            await menu.ClickAsync();
            await Expect(tab.Page.GetByRole(Microsoft.Playwright.AriaRole.Navigation, new() { Name = "Main menu" })).ToBeVisibleAsync();
        }
    }

    private static async Task OpenGuideResultAsync(BrowserTab tab)
    {
        var guide = new GuideForm(tab.Page);
        await guide.StartAsync();
        await guide.CompleteAsync(GuideJourney.EmergencyAnswers);
        await Expect(guide.Advice).ToHaveTextAsync(GuideForm.EmergencyAdvice);
    }

    private static async Task OpenGuideNotSureAsync(BrowserTab tab)
    {
        var guide = new GuideForm(tab.Page);
        await guide.StartAsync();
        await guide.CompleteAsync(GuideJourney.RoutineAnswers.Where(a => !GuideJourney.NotSureFacts.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value));
        await Expect(guide.Advice).ToHaveTextAsync(GuideForm.SeeADoctorToday);
    }

    private static async Task OpenGuideAskAgainAsync(BrowserTab tab)
    {
        var guide = new GuideForm(tab.Page);
        await guide.StartAsync();
        await guide.AnswerAsync("back_pain", "true");
        await guide.NextButton.ClickAsync();
        await Expect(tab.Page.Locator("[role=alert]")).ToContainTextAsync("chest or tummy pain");
    }

    private static async Task OpenAskAnswerAsync(BrowserTab tab)
    {
        var ask = new AskForm(tab.Page);
        await tab.GoAsync("/ask");
        await ask.AskAsync(AskForm.LayQuestion);
        await Expect(ask.AnswerTitle).ToBeVisibleAsync();
    }

    private static async Task OpenCheckResultAsync(BrowserTab tab)
    {
        var form = new ClaimForm(tab.Page);
        await form.CheckAsync(ClaimForm.Advert);
        await Expect(form.Highlights.First).ToBeVisibleAsync();
    }
}
