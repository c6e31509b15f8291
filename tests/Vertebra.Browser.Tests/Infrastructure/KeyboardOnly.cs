using Microsoft.Playwright;

namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>Moves through a page with the keyboard alone; the page's focus is only read, never set.</summary>
internal static class KeyboardOnly
{
    private const int MaxPresses = 80;

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>.</summary>
    public static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < MaxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab").ConfigureAwait(false);
            if (await FocusedMatchesAsync(page, selector).ConfigureAwait(false))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} in {MaxPresses} presses; focus is on {await DescribeFocusAsync(page).ConfigureAwait(false)}.");
    }

    /// <summary>Presses the up arrow inside a radio group until <paramref name="selector"/> is focused and checked.</summary>
    public static async Task ArrowToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 10; i++)
        {
            if (await FocusedMatchesAsync(page, selector + ":checked").ConfigureAwait(false))
            {
                return;
            }

            await page.Keyboard.PressAsync("ArrowUp").ConfigureAwait(false);
        }

        Assert.Fail($"The arrow keys never checked {selector}; focus is on {await DescribeFocusAsync(page).ConfigureAwait(false)}.");
    }

    /// <summary>The focused element shows a focus ring (an outline), so a keyboard user can see where they are.</summary>
    public static async Task AssertFocusVisibleAsync(IPage page)
    {
        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }").ConfigureAwait(false);
        Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal),
            $"The focused element ({await DescribeFocusAsync(page).ConfigureAwait(false)}) has no visible focus outline: {outline}.");
    }

    private static Task<bool> FocusedMatchesAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector);

    private static Task<string> DescribeFocusAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 160) : 'nothing'; }");
}
