using Vertebra.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>What patients do on the site, with JavaScript on (the default browser), at desktop and phone sizes.</summary>
[Collection(SiteCollection.Name)]
public sealed class JourneyTests(SiteFixture site, ITestOutputHelper output)
{
    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task ReadingAnArticle_FollowsNextPreviousAndAMoreArticlesTeaser(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "article", ArticleJourney.RunAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task BrowsingConditions_LeadsToTheConditionsClinic(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "conditions", ConditionsJourney.RunAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task SearchingForSlippedDisc_FindsAnArticleThatOpens(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "search", SearchJourney.RunAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task SymptomGuide_WithSaddleNumbness_SaysGoToAnEmergencyDepartment(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "guide-emergency", GuideJourney.EmergencyAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task SymptomGuide_WithOrdinaryBackPain_SaysSelfCareOrFamilyDoctor(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "guide-routine", GuideJourney.RoutineAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task SymptomGuide_EmergencyByKeyboardAlone_EndsOnTheCallLink(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "guide-keyboard", GuideJourney.EmergencyByKeyboardAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task SymptomGuide_EveryWarningSignNotSure_NeverShowsASelfCareAnswer(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "guide-not-sure", GuideJourney.AllWarningSignsNotSureAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task CheckingAClaim_HighlightsTheFalseClaimsAndExplainsThem(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "check", ClaimCheckJourney.RunAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task SearchingInLayWordsWithATypo_SaysWhatItUnderstoodAndReachesTheRightArticle(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "search-typo", TypoSearchJourney.RunAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task AskingInLayWords_GivesASourcedAnswerAndAnArticleToReadNext(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "ask", AskJourney.RunAsync);

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task EditorialReview_BlocksAClaimThenPublishesTheSignedOffText(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "editorial", tab => EditorialJourney.RunAsync(site, tab));

    public static TheoryData<string> Viewports => Viewport.Names;
}
