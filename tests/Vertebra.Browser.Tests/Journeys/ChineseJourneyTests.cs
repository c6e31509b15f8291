using Vertebra.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>The Chinese edition's journeys, on the site deployed with emergency number 120, at desktop and phone sizes.</summary>
[Collection(ChineseSiteCollection.Name)]
public sealed class ChineseJourneyTests(ChineseSiteFixture site, ITestOutputHelper output)
{
    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task ChineseGuide_WithTroublePeeing_ReachesAnEmergencyAnswerNaming120(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "zh-guide-emergency", ChineseJourneys.GuideEmergencyAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task ChineseSearch_ForLumbarDiscHerniation_FindsTheChineseMassageArticle(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "zh-search", ChineseJourneys.SearchFindsTheMassageArticleAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task ChineseAsk_CanMassagePushTheDiscBack_IsAnsweredFromTheChineseMassageArticle(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "zh-ask", ChineseJourneys.AskIsAnsweredFromTheMassageArticleAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task ChineseClaimCheck_FlagsAPastedChineseAdvert(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "zh-check", ChineseJourneys.CheckFlagsAChineseAdvertAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task LanguageSwitch_LeadsToTheSamePageInTheOtherLanguage(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "zh-switch", ChineseJourneys.LanguageSwitchAsync);

    public static TheoryData<string> Viewports => Viewport.Names;
}
