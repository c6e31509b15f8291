using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Vertebra.Browser.Tests.Screenshots;

/// <summary>
/// Captures what the main pages look like (the first screenful, as a visitor first sees it). Only when asked, with
/// VERTEBRA_SCREENSHOTS=1, are they written to docs/screenshots/{page}-{desktop|phone}.png, the pictures the README
/// shows; an ordinary test run leaves the work tree as it was.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotTests(SiteFixture site, ITestOutputHelper output)
{
    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public Task MainPage_IsCapturedAsAScreenshot(string page, string viewport) =>
        TabRunner.RunAsync(site, output, viewport, $"screenshot-{page}", async tab =>
        {
            var sitePage = SitePages.Named(SitePages.ScreenshotNamed(page).Page);
            await sitePage.OpenAsync(tab);
            if (sitePage.FrameAsync is { } frame)
            {
                await frame(tab);
            }

            var file = BrowserEnvironment.WriteScreenshots ? Path.Combine(BrowserEnvironment.ScreenshotDirectory, $"{page}-{tab.Viewport.Name}.png") : null;
            if (file is not null)
            {
                Directory.CreateDirectory(BrowserEnvironment.ScreenshotDirectory);
            }

            var png = await tab.Page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = file,
                Type = ScreenshotType.Png,
                Animations = ScreenshotAnimations.Disabled,
                Caret = ScreenshotCaret.Hide,
            });
            Assert.True(png.Length > 1000, $"The screenshot of {page} is suspiciously small ({png.Length} bytes).");
            output.WriteLine(file is null ? $"{page}: {png.Length} bytes (set VERTEBRA_SCREENSHOTS=1 to save it)" : $"{file} ({png.Length} bytes)");
        });

    public static TheoryData<string, string> Pages => SitePages.ScreenshottedWithViewports();
}
