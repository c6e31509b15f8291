using System.Text.RegularExpressions;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>A visitor searches from the home page in everyday words ("slipped disc") and opens an article found.</summary>
internal static partial class SearchJourney
{
    public const string LayTerm = "slipped disc";

    public static async Task RunAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var search = new SearchBox(page);
        await tab.GoAsync("/");
        await search.SearchAsync(LayTerm);

        Assert.Equal("/search?q=slipped+disc", tab.PathAndQuery);
        await Expect(search.ResultsHeading).ToHaveTextAsync(ResultsHeading());
        await Expect(search.Input).ToHaveValueAsync(LayTerm);
        Assert.True(await search.ResultLinks.CountAsync() >= 1, "Searching for 'slipped disc' should find at least one article.");

        // A result is an article or a part of one ("Article title: Section"); either way the article opens.
        var linkText = await ArticlePage.FollowAsync(page, search.ResultLinks.First);
        Assert.StartsWith("/articles/", tab.PathAndQuery, StringComparison.Ordinal);
        var articleTitle = await new ArticlePage(page).Title.InnerTextAsync();
        Assert.StartsWith(articleTitle.Trim(), linkText, StringComparison.Ordinal);
        tab.AssertNoBrokenResources();
    }

    [GeneratedRegex("^([1-9][0-9]* results?|The best [1-9][0-9]* of [1-9][0-9]* results) for “slipped disc”$")]
    private static partial Regex ResultsHeading();
}
