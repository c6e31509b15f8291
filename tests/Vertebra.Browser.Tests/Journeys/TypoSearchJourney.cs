using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>
/// A visitor searches in everyday words with a spelling mistake ("slipped disk masage") and still reaches the
/// massage article; then misspells "sciatica", reads one line saying what was searched, and opens the sciatica article.
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
        // The lay term and the typo are both understood, and said once, in one line.
        await Expect(interpretations).ToHaveTextAsync("Showing results for herniated disc massage (you typed slipped disk masage)");
        await Expect(page.GetByText("Did you mean")).ToHaveCountAsync(0);

        // One of the first three results is the massage article (or a part of it); it opens.
        var topThree = await search.ResultLinks.EvaluateAllAsync<string[]>("links => links.slice(0, 3).map(a => a.getAttribute('href'))");
        var massage = topThree.FirstOrDefault(href => href.StartsWith("/articles/massage-", StringComparison.Ordinal));
        Assert.True(massage is not null, $"No massage article among the first three results: {string.Join(", ", topThree)}.");
        await ArticlePage.FollowAsync(page, search.ResultLinks.And(page.Locator($"[href='{massage}']")).First);
        Assert.Equal(massage, tab.PathAndQuery + new Uri(page.Url).Fragment);
        await Expect(new ArticlePage(page).Title).ToContainTextAsync("massage", new() { IgnoreCase = true });

        // A misspelt condition: one line says what was searched; each article is listed once.
        await tab.GoAsync("/search");
        await search.SearchAsync(Typo);
        await Expect(interpretations).ToHaveTextAsync("Showing results for sciatica (you typed sciatca)");
        await Expect(page.GetByText("Did you mean")).ToHaveCountAsync(0);
        var titles = await page.Locator("ol.hits > li > a.hit-title").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(titles.Length, titles.Distinct(StringComparer.Ordinal).Count());
        await ArticlePage.FollowAsync(page, search.ResultLinks.And(page.Locator("[href='/articles/sciatica']")).First);
        Assert.Equal("/articles/sciatica", tab.PathAndQuery);
        await Expect(new ArticlePage(page).Title).ToContainTextAsync("Sciatica");
        tab.AssertNoBrokenResources();
    }
}
