using Microsoft.Playwright;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>
/// The site's main links: in the header on a wide screen, behind the "Menu" control (a details element, no script)
/// on a phone.
/// </summary>
internal sealed class SiteMenu(IPage page)
{
    public ILocator MenuControl => page.Locator("header details.menu summary");

    /// <summary>Follows a main link the way a visitor would at this screen size: opening the menu first on a phone.</summary>
    public async Task FollowAsync(string linkName)
    {
        ILocator nav;
        if (await MenuControl.IsVisibleAsync().ConfigureAwait(false))
        {
            await MenuControl.ClickAsync().ConfigureAwait(false);
            nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu", Exact = true });
        }
        else
        {
            nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true });
        }

        await nav.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).ClickAsync().ConfigureAwait(false);
        await page.WaitForLoadStateAsync(LoadState.Load).ConfigureAwait(false);
    }
}
