using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>The editor's sign-in page (/editor/login).</summary>
internal static class EditorLogin
{
    /// <summary>Signs in through the form and lands on the review dashboard.</summary>
    public static async Task SignInAsync(BrowserTab tab, EditorAccount account)
    {
        var page = tab.Page;
        await tab.GoAsync("/editor/login");
        await page.GetByLabel("User name").FillAsync(account.UserName).ConfigureAwait(false);
        await page.GetByLabel("Password").FillAsync(account.Password).ConfigureAwait(false);
        await page.Locator("main form").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync().ConfigureAwait(false);
        await page.WaitForLoadStateAsync(LoadState.Load).ConfigureAwait(false);
        Assert.Equal("/editor", tab.PathAndQuery);
        await Expect(page.Locator("main")).ToContainTextAsync($"Signed in as {account.DisplayName}.").ConfigureAwait(false);
    }
}
