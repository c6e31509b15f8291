using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>
/// A visitor searches in everyday words with a spelling mistake ("slipped disk masage") and still reaches the
/// massage article; then misspells "sciatica" and follows the "Did you mean" link to the sciatica article.
/// </summary>
internal static class TypoSearchJourney
{
    public const string LayTermWithTypo = "slipped disk masage";
    public const string Typo = "sciatca";

    public static async Task RunAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var search = new SearchBox(page);
        await tab.GoAsync("/");
        await search.SearchAsync(LayTermWithTypo);

        await Expect(page).ToHaveURLAsync(new Uri(tab.BaseAddress, "/search?q=slipped+disk+masage").ToString());
        await Expect(search.ResultsHeading).ToContainTextAsync($"for “{LayTermWithTypo}”");
        var interpretations = page.Locator("main p.interpretation");
        // The typo is replaced ("Showing results for massage") and the lay term widened with the medical name.
        await Expect(interpretations.First).ToHaveTextAsync("Showing results for massage.");
        await Expect(interpretations.Nth(1)).ToHaveTextAsync("We also looked for: herniated disc.");
        await Expect(interpretations.GetByRole(AriaRole.Link)).ToHaveTextAsync("Did you mean: massage?");

        // One of the first three results is the massage article (or a part of it); it opens.
        var topThree = await search.ResultLinks.EvaluateAllAsync<string[]>("links => links.slice(0, 3).map(a => a.getAttribute('href'))");
        var massage = topThree.FirstOrDefault(href => href.StartsWith("/articles/massage-", StringComparison.Ordinal));
        Assert.True(massage is not null, $"No massage article among the first three results: {string.Join(", ", topThree)}.");
        await ArticlePage.FollowAsync(page, search.ResultLinks.And(page.Locator($"[href='{massage}']")).First);
        Assert.Equal(massage, tab.PathAndQuery + new Uri(page.Url).Fragment);
        await Expect(new ArticlePage(page).Title).ToContainTextAsync("massage", new() { IgnoreCase = true });

        // A misspelt condition: the "Did you mean" link searches for the right word.
        await tab.GoAsync("/search");
        await search.SearchAsync(Typo);
        await Expect(interpretations.First).ToHaveTextAsync("Showing results for sciatica.");
        var didYouMean = interpretations.GetByRole(AriaRole.Link, new() { Name = "Did you mean: sciatica?" });
        await ArticlePage.FollowAsync(page, didYouMean);
        Assert.Equal("/search?q=sciatica", tab.PathAndQuery);
        await Expect(search.Input).ToHaveValueAsync("sciatica");
        await Expect(interpretations.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await ArticlePage.FollowAsync(page, search.ResultLinks.And(page.Locator("[href='/articles/sciatica']")).First);
        Assert.Equal("/articles/sciatica", tab.PathAndQuery);
        await Expect(new ArticlePage(page).Title).ToContainTextAsync("Sciatica");
        tab.AssertNoBrokenResources();
    }
}
