using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Journeys;
using Xunit.Abstractions;

namespace Vertebra.Browser.Tests.NoScript;

/// <summary>The same journeys in a browser with JavaScript switched off: the site must work without it.</summary>
[Collection(SiteCollection.Name)]
public sealed class NoScriptTests(SiteFixture site, ITestOutputHelper output)
{
    private static readonly TabOptions NoJavaScript = new(JavaScript: false);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task WithoutJavaScript_AnArticleAndItsLinksWork(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "nojs-article", ArticleJourney.RunAsync, NoJavaScript);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task WithoutJavaScript_SearchWorks(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "nojs-search", SearchJourney.RunAsync, NoJavaScript);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task WithoutJavaScript_AskingAQuestionWorks(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "nojs-ask", AskJourney.RunAsync, NoJavaScript);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task WithoutJavaScript_TheSymptomGuideReachesAnEmergencyResult(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "nojs-guide-emergency", GuideJourney.EmergencyAsync, NoJavaScript);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task WithoutJavaScript_TheSymptomGuideReachesARoutineResult(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "nojs-guide-routine", GuideJourney.RoutineAsync, NoJavaScript);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task WithoutJavaScript_TheClaimCheckerWorks(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "nojs-check", ClaimCheckJourney.RunAsync, NoJavaScript);

    /// <summary>The phone menu is a details element: it opens with a tap and its links work, with no script at all.</summary>
    [ChromiumFact]
    public Task WithoutJavaScript_ThePhoneMenuOpensAndItsLinksWork() =>
        TabRunner.RunAsync(site, output, Viewport.Phone.Name, "nojs-menu", async tab =>
        {
            var page = tab.Page;
            await tab.GoAsync("/articles/sciatica");
            var menu = page.GetByRole(Microsoft.Playwright.AriaRole.Navigation, new() { Name = "Main menu" });
            await Microsoft.Playwright.Assertions.Expect(menu).ToBeHiddenAsync();
            await page.Locator("details.menu summary").ClickAsync();
            await Microsoft.Playwright.Assertions.Expect(menu).ToBeVisibleAsync();
            await menu.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Conditions" }).ClickAsync();
            Assert.Equal("/conditions", tab.PathAndQuery);
        }, NoJavaScript);

    public static TheoryData<string> Viewports => Viewport.Names;
}
