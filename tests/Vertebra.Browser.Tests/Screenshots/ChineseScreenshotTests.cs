using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Vertebra.Browser.Tests.Screenshots;

/// <summary>
/// The Chinese home page and a Chinese guide result, as the README shows them: written to
/// docs/screenshots/{page}-{desktop|phone}.png only with VERTEBRA_SCREENSHOTS=1 (CI installs fonts-noto-cjk so the
/// characters render).
/// </summary>
[Collection(ChineseSiteCollection.Name)]
public sealed class ChineseScreenshotTests(ChineseSiteFixture site, ITestOutputHelper output)
{
    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public Task ChinesePage_IsCapturedAsAScreenshot(string page, string viewport) =>
        TabRunner.RunAsync(site, output, viewport, $"screenshot-{page}", async tab =>
        {
            await ChineseSitePages.Named(page).OpenAsync(tab);
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

    public static TheoryData<string, string> Pages => ChineseSitePages.ScreenshottedWithViewports();
}
