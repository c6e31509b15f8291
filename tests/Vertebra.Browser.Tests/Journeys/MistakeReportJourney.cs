using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>A reader finds something unclear on an article and tells the editors, without giving any personal details.</summary>
internal static class MistakeReportJourney
{
    public static async Task RunAsync(BrowserTab tab)
    {
        var page = tab.Page;
        await tab.GoAsync("/articles/traction-for-back-pain-and-sciatica");
        var section = page.Locator("section.report-mistake");
        await Expect(section.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Is something wrong or unclear on this page?");
        await section.GetByRole(AriaRole.Link, new() { Name = "Tell our editors" }).ClickAsync();
        Assert.Equal("/articles/traction-for-back-pain-and-sciatica/report", tab.PathAndQuery);

        await page.GetByLabel("Something is unclear").CheckAsync();
        await page.GetByLabel("What is wrong or unclear?").FillAsync("I do not understand what a traction machine looks like.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to our editors" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you");
        Assert.StartsWith("/articles/traction-for-back-pain-and-sciatica/report?sent=", tab.PathAndQuery, StringComparison.OrdinalIgnoreCase);
        tab.AssertNoBrokenResources();
    }
}
