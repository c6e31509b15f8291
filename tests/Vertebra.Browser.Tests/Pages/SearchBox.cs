using Microsoft.Playwright;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>The search form on the home page and on /search.</summary>
internal sealed class SearchBox(IPage page)
{
    public ILocator Input => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search our articles" });

    public ILocator SubmitButton => page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Search" });

    public ILocator ResultsHeading => page.Locator("#results-title");

    /// <summary>Links to articles (or to a part of one) among the results, in order.</summary>
    public ILocator ResultLinks => page.Locator("section[aria-labelledby=results-title] a[href^='/articles/']");

    public async Task SearchAsync(string words)
    {
        await Input.FillAsync(words).ConfigureAwait(false);
        await SubmitButton.ClickAsync().ConfigureAwait(false);
        await page.WaitForLoadStateAsync(LoadState.Load).ConfigureAwait(false);
    }
}
