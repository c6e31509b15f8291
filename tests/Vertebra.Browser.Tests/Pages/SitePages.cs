using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Journeys;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>One kind of page on the site and how a visitor gets to it (some need a form sent first).</summary>
internal sealed record SitePage(string Name, Func<BrowserTab, Task> OpenAsync, Func<BrowserTab, Task>? FrameAsync = null);

/// <summary>A picture in docs/screenshots: {File}-{viewport}.png of a page type, at desktop size and (unless told) phone size.</summary>
internal sealed record Screenshot(string File, string Page, bool Phone = true);

/// <summary>
/// Every page type the site has today, for the accessibility audit and the screenshots.
/// Add a page type here when the site gains one (for example the answer page or the editor).
/// </summary>
internal static class SitePages
{
    public static IReadOnlyList<SitePage> All { get; } =
    [
        new("home", tab => tab.GoAsync("/")),
        new("articles", tab => tab.GoAsync("/articles")),
        new("article", tab => tab.GoAsync("/articles/massage-for-lumbar-disc-herniation")),
        new("topic", tab => tab.GoAsync("/topics/slipped-disc")),
        new("conditions", tab => tab.GoAsync("/conditions")),
        new("condition", tab => tab.GoAsync("/conditions/lumbar-disc-herniation")),
        new("clinics", tab => tab.GoAsync("/clinics")),
        new("search", tab => tab.GoAsync("/search?q=slipped+disc")),
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
    ];

    /// <summary>The pages shown in docs/screenshots.</summary>
    public static IReadOnlyList<Screenshot> Screenshotted { get; } =
    [
        .. new[] { "home", "article", "topic", "conditions", "condition", "clinics", "search", "guide-step", "guide-result", "guide-not-sure", "guide-ask-again", "check-result" }
            .Select(name => new Screenshot(name, name)),
        new("ask", "ask-answer"),
        new("editor-edit", "editor-edit", Phone: false),
    ];

    public static SitePage Named(string name) => All.Single(p => p.Name == name);

    public static TheoryData<string, string> AllWithViewports()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in All)
        {
            data.Add(page.Name, Viewport.Desktop.Name);
            data.Add(page.Name, Viewport.Phone.Name);
        }

        return data;
    }

    public static Screenshot ScreenshotNamed(string file) => Screenshotted.Single(s => s.File == file);

    public static TheoryData<string, string> ScreenshottedWithViewports()
    {
        var data = new TheoryData<string, string>();
        foreach (var shot in Screenshotted)
        {
            data.Add(shot.File, Viewport.Desktop.Name);
            if (shot.Phone)
            {
                data.Add(shot.File, Viewport.Phone.Name);
            }
        }

        return data;
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
