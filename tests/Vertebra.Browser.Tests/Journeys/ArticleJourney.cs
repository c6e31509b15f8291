using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>A reader opens a topic, reads an article, follows "next" and "previous", then a "More articles" teaser.</summary>
internal static class ArticleJourney
{
    public static async Task RunAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var article = new ArticlePage(page);

        await tab.GoAsync("/topics/spine-conditions");
        await page.Locator("main .cards a[href='/articles/spinal-tumours']").ClickAsync();
        Assert.Equal("/articles/spinal-tumours", tab.PathAndQuery);
        await Expect(article.Title).ToHaveTextAsync("Spinal tumours: growths in or near the spine");
        await Expect(page.Locator("article .body")).Not.ToBeEmptyAsync();
        await Expect(article.Sources.First).ToBeVisibleAsync();

        var nextText = await ArticlePage.FollowAsync(page, article.Next);
        Assert.Equal("/articles/chiari-malformation", tab.PathAndQuery);
        Assert.Contains(await article.Title.InnerTextAsync(), nextText, StringComparison.Ordinal);

        await ArticlePage.FollowAsync(page, article.Previous);
        Assert.Equal("/articles/spinal-tumours", tab.PathAndQuery);

        await ArticlePage.FollowAsync(page, article.Previous);
        Assert.Equal("/articles/scoliosis", tab.PathAndQuery);
        await Expect(article.Title).ToContainTextAsync("Scoliosis");

        var teaser = article.MoreArticles.First;
        await Expect(teaser).ToBeVisibleAsync();
        var teaserTitle = await ArticlePage.FollowAsync(page, teaser);
        Assert.StartsWith("/articles/", tab.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual("/articles/scoliosis", tab.PathAndQuery);
        await Expect(article.Title).ToHaveTextAsync(teaserTitle);
        tab.AssertNoBrokenResources();
    }
}
