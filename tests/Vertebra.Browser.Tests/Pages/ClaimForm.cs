using Microsoft.Playwright;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>The claim checker (/check): paste a text, see false or risky claims highlighted and explained.</summary>
internal sealed class ClaimForm(IPage page)
{
    /// <summary>An advert with two claims the checker knows: "pushes the disc back" and "a radical cure".</summary>
    public const string Advert = "Our special massage pushes the disc back into place. It is a radical cure for your slipped disc.";

    public ILocator TextBox => page.GetByLabel("Text to check");

    public ILocator SubmitButton => page.GetByRole(AriaRole.Button, new() { Name = "Check the text" });

    public ILocator FindingsHeading => page.Locator("#findings-title");

    public ILocator Highlights => page.Locator(".checked-text mark");

    public ILocator Findings => page.Locator("ol.findings > li");

    public async Task CheckAsync(string text)
    {
        await page.GotoAsync("/check").ConfigureAwait(false);
        await TextBox.FillAsync(text).ConfigureAwait(false);
        await SubmitButton.ClickAsync().ConfigureAwait(false);
        await page.WaitForLoadStateAsync(LoadState.Load).ConfigureAwait(false);
    }
}
