using Microsoft.Playwright;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>An article page (/articles/{slug}) with its previous/next links and "More articles" teasers.</summary>
internal sealed class ArticlePage(IPage page)
{
    public ILocator Title => page.Locator("article h1");

    public ILocator Previous => page.Locator("nav.prev-next a[rel=prev]");

    public ILocator Next => page.Locator("nav.prev-next a[rel=next]");

    public ILocator MoreArticles => page.Locator("section.more li > a");

    public ILocator Sources => page.Locator("section.references li a");

    /// <summary>Follows a link and waits for the new page; returns the link's own text (the title it promised).</summary>
    public static async Task<string> FollowAsync(IPage page, ILocator link)
    {
        var text = (await link.InnerTextAsync().ConfigureAwait(false)).Trim();
        await link.ClickAsync().ConfigureAwait(false);
        await page.WaitForLoadStateAsync(LoadState.Load).ConfigureAwait(false);
        return text;
    }
}
