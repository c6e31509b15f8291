using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>
/// A visitor asks in lay words whether massage can push a slipped disc back, gets a trusted answer whose source
/// link points at the source's own site (checked, not followed: there is no internet here), then reads an article suggested next.
/// </summary>
internal static class AskJourney
{
    public static async Task RunAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var ask = new AskForm(page);
        await tab.GoAsync("/ask");
        await ask.AskAsync(AskForm.LayQuestion);

        Assert.StartsWith("/ask?q=", tab.PathAndQuery, StringComparison.Ordinal);
        await Expect(ask.QuestionBox).ToHaveValueAsync(AskForm.LayQuestion);
        // "slipped disc" is read as the medical term.
        await Expect(ask.Interpretations.Filter(new() { HasText = "Showing results for" })).ToContainTextAsync("herniated disc");
        await Expect(ask.AnswerTitle).ToBeVisibleAsync();
        await Expect(page.Locator("section.answer p.attribution")).ToContainTextAsync("MedlinePlus");

        await Expect(ask.SourceLink).ToHaveCountAsync(1);
        await Expect(ask.SourceLink).ToHaveAttributeAsync("href", SiteSeed.TrustedAnswerUrl);
        await Expect(ask.SourceLink).ToHaveAttributeAsync("rel", "noopener");
        await Expect(ask.SourceLink).ToHaveTextAsync("read it on their site");

        await Expect(ask.ReadNextLinks.First).ToBeVisibleAsync();
        var href = await ask.ReadNextLinks.First.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.StartsWith("/articles/", href, StringComparison.Ordinal);
        var title = await ArticlePage.FollowAsync(page, ask.ReadNextLinks.First);
        Assert.Equal(href, tab.PathAndQuery);
        await Expect(new ArticlePage(page).Title).ToHaveTextAsync(title);
        tab.AssertNoBrokenResources();
    }
}
