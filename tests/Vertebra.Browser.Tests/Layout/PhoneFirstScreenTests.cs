using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Layout;

/// <summary>
/// What a worried person sees first on a 390×844 phone: a header no taller than 80 px with the menu closed, and on
/// articles whose topic has warning signs, the urgent box starting on the first screen, straight after the title
/// and summary.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneFirstScreenTests(SiteFixture site, ITestOutputHelper output)
{
    private const int MaxHeaderHeight = 80;

    public static TheoryData<string> ArticlesWithWarningSigns => new(
        "cauda-equina-syndrome-warning-signs",
        "sciatica",
        "massage-for-lumbar-disc-herniation");

    [ChromiumTheory]
    [MemberData(nameof(ArticlesWithWarningSigns))]
    public Task Article_OnAPhone_HeaderIsCompactAndTheUrgentBoxStartsOnTheFirstScreen(string slug) =>
        TabRunner.RunAsync(site, output, Viewport.Phone.Name, $"first-screen-{slug}", async tab =>
        {
            var page = tab.Page;
            await tab.GoAsync("/articles/" + slug);

            await Expect(page.Locator("details.menu")).Not.ToHaveAttributeAsync("open", "");
            var header = await page.Locator("header.site-header").BoundingBoxAsync();
            Assert.NotNull(header);
            output.WriteLine($"{slug}: header {header.Height} px tall");
            Assert.True(header.Height <= MaxHeaderHeight, $"The header is {header.Height} px tall on a phone; at most {MaxHeaderHeight}.");

            var box = page.Locator(".urgent-box");
            await Expect(box).ToBeVisibleAsync();
            var rect = await box.BoundingBoxAsync();
            Assert.NotNull(rect);
            output.WriteLine($"{slug}: urgent box top at {rect.Y} px");
            Assert.True(rect.Y < tab.Viewport.Height, $"The urgent box starts at {rect.Y} px, below the first screen ({tab.Viewport.Height} px).");

            // First after the title and summary, with a call link and words (not colour alone).
            var afterSummary = await page.Locator("article p.lead").EvaluateAsync<bool>("lead => lead.nextElementSibling?.classList.contains('urgent-box') === true");
            Assert.True(afterSummary, "The urgent box should come straight after the title and summary.");
            await Expect(box.GetByRole(AriaRole.Heading)).ToContainTextAsync("Urgent");
            await Expect(box.Locator("a[href^='tel:']").First).ToBeVisibleAsync();
        });

    [ChromiumFact]
    public Task Header_OnAPhone_SearchIsOneTapAway() =>
        TabRunner.RunAsync(site, output, Viewport.Phone.Name, "phone-search-one-tap", async tab =>
        {
            var page = tab.Page;
            await tab.GoAsync("/articles/sciatica");
            await page.Locator("header.site-header").GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
            Assert.Equal("/search", tab.PathAndQuery);
            await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search our articles" })).ToBeVisibleAsync();
        });

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task Header_AtEverySize_HasNoSidewaysScrolling(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "header-width", async tab =>
        {
            await tab.GoAsync("/articles/cauda-equina-syndrome-warning-signs");
            var width = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= tab.Viewport.Width, $"The page is {width} px wide on a {tab.Viewport.Width} px screen.");
        });

    public static TheoryData<string> Viewports => Viewport.Names;
}
