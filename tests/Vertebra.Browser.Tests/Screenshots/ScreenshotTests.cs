using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Vertebra.Browser.Tests.Screenshots;

/// <summary>
/// Captures what the main pages look like (the first screenful, as a visitor first sees it). The pictures are
/// written to docs/screenshots/{page}-{desktop|phone}.png only when VERTEBRA_SCREENSHOTS=1, so an ordinary test
/// run leaves git status clean. The README shows some of them.
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

            var write = Environment.GetEnvironmentVariable("VERTEBRA_SCREENSHOTS") == "1";
            var file = Path.Combine(BrowserEnvironment.ScreenshotDirectory, $"{page}-{tab.Viewport.Name}.png");
            if (write)
            {
                Directory.CreateDirectory(BrowserEnvironment.ScreenshotDirectory);
            }

            var png = await tab.Page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = write ? file : null,
                Type = ScreenshotType.Png,
                Animations = ScreenshotAnimations.Disabled,
                Caret = ScreenshotCaret.Hide,
            });
            Assert.True(png.Length > 1000, $"The screenshot of {page} is suspiciously small ({png.Length} bytes).");
            output.WriteLine(write ? $"{file} ({png.Length} bytes)" : $"{page}: {png.Length} bytes (set VERTEBRA_SCREENSHOTS=1 to write {file})");
        });

    public static TheoryData<string, string> Pages => SitePages.ScreenshottedWithViewports();
}
