using System.Text.RegularExpressions;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>A visitor pastes an advert into the claim checker and sees its false claims highlighted and explained.</summary>
internal static class ClaimCheckJourney
{
    public static async Task RunAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var form = new ClaimForm(page);
        await form.CheckAsync(ClaimForm.Advert);

        Assert.Equal("/check", tab.PathAndQuery);
        await Expect(form.FindingsHeading).ToHaveTextAsync("We found 2 claims to be careful about");
        await Expect(form.TextBox).ToHaveValueAsync(ClaimForm.Advert);
        await Expect(form.Highlights).ToHaveCountAsync(2);
        await Expect(form.Highlights.First).ToContainTextAsync("pushes the disc back");
        await Expect(form.Highlights.First).ToBeVisibleAsync();
        await Expect(form.Highlights.First).Not.ToHaveCSSAsync("background-color", "rgba(0, 0, 0, 0)");
        await Expect(form.Findings).ToHaveCountAsync(2);

        // Each highlight links to its explanation.
        await page.Locator(".checked-text sup a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#finding-1$")); // waits: the address changes just after the click
        await Expect(form.Findings.First).ToBeInViewportAsync();
        await Expect(form.Findings.First.Locator("a[href^='/articles/']")).ToBeVisibleAsync();
        tab.AssertNoBrokenResources();
    }
}
