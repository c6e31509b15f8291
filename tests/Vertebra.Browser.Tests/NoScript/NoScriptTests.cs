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

    public static TheoryData<string> Viewports => Viewport.Names;
}
