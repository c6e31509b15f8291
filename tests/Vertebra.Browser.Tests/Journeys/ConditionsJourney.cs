using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>A visitor goes from the main menu to the conditions list, picks a condition, and reaches its clinic.</summary>
internal static class ConditionsJourney
{
    public static async Task RunAsync(BrowserTab tab)
    {
        var page = tab.Page;
        await tab.GoAsync("/");
        await new Pages.SiteMenu(page).FollowAsync("Conditions");
        Assert.Equal("/conditions", tab.PathAndQuery);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Conditions we treat");

        var condition = page.Locator("main ul.conditions a[href='/conditions/lumbar-disc-herniation']");
        var conditionName = (await condition.InnerTextAsync()).Trim();
        await condition.ClickAsync();
        Assert.Equal("/conditions/lumbar-disc-herniation", tab.PathAndQuery);
        await Expect(page.Locator("main h1")).ToHaveTextAsync(conditionName);

        var clinicLink = page.Locator("dl.facts a[href^='/clinics#']");
        var clinicName = (await clinicLink.InnerTextAsync()).Trim();
        var clinicId = (await clinicLink.GetAttributeAsync("href"))!.Split('#')[1];
        await clinicLink.ClickAsync();
        Assert.Equal($"/clinics#{clinicId}", tab.PathAndQuery + new Uri(page.Url).Fragment);

        var heading = page.Locator($"section[id='{clinicId}'] h2");
        await Expect(heading).ToHaveTextAsync(clinicName);
        await Expect(heading).ToBeInViewportAsync();
        await Expect(page.Locator($"section[id='{clinicId}'] a[href='/conditions/lumbar-disc-herniation']")).ToBeVisibleAsync();
        tab.AssertNoBrokenResources();
    }
}
