using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>
/// A visitor asks in lay words whether massage can push a slipped disc back. The best answer comes from our own
/// massage article, and its source link leads to that article. A trusted NIH answer is listed among the others;
/// opening it shows its own source link, which points at the source's site (checked, not followed: there is no
/// internet here). Back on the first answer, the visitor reads the article suggested next.
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
        var askedAt = tab.PathAndQuery;
        await Expect(ask.QuestionBox).ToHaveValueAsync(AskForm.LayQuestion);
        // "slipped disc" is widened with the medical term (nothing was replaced, so no "showing results for").
        await Expect(ask.Interpretations.Filter(new() { HasText = "We also looked for" })).ToContainTextAsync("herniated disc");
        await Expect(ask.Interpretations.Filter(new() { HasText = "Showing results for" })).ToHaveCountAsync(0);
        await Expect(ask.AnswerTitle).ToBeVisibleAsync();

        // The article's direct answer and its cautions come first, as a list.
        await Expect(page.Locator("section.answer .key-points li").Filter(new() { HasText = "cannot put a herniated disc back" })).ToHaveCountAsync(1);
        await Expect(page.Locator("section.answer .key-points li").Filter(new() { HasText = "acute stage" })).ToHaveCountAsync(1);

        // Our own article answers first, and says so.
        await Expect(page.Locator("section.answer p.attribution")).ToContainTextAsync("our own article");
        await Expect(ask.SourceLink).ToHaveCountAsync(1);
        await Expect(ask.SourceLink).ToHaveTextAsync("read the whole article");
        var articleHref = await ask.SourceLink.GetAttributeAsync("href");
        Assert.NotNull(articleHref);
        Assert.StartsWith("/articles/massage-for-lumbar-disc-herniation", articleHref, StringComparison.Ordinal);

        // A trusted NIH answer is among the others, credited to its source. Its source withheld the answer text, so it
        // is a link to the source's own page (checked, not followed: there is no internet here), never the first answer.
        var trusted = ask.OtherAnswers.Filter(new() { HasText = "MedlinePlus" }).First;
        await Expect(trusted).ToBeVisibleAsync();
        await Expect(trusted.Locator("a").First).ToHaveAttributeAsync("href", SiteSeed.TrustedAnswerUrl);
        await Expect(trusted.Locator("a").First).ToHaveAttributeAsync("rel", "noopener");
        await Expect(trusted).ToContainTextAsync("on their site");

        // Back to the first answer: its source is our article, on this site.
        await tab.GoAsync(askedAt);
        var sourceTitle = await ArticlePage.FollowAsync(page, ask.SourceLink);
        Assert.StartsWith("/articles/massage-for-lumbar-disc-herniation", tab.PathAndQuery, StringComparison.Ordinal);
        await Expect(new ArticlePage(page).Title).ToBeVisibleAsync();
        Assert.Equal("read the whole article", sourceTitle);

        await tab.GoAsync(askedAt);
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
