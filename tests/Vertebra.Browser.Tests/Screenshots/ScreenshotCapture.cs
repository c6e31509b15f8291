using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Vertebra.Browser.Tests.Screenshots;

/// <summary>
/// Opens a screenshot's page (and frames it), captures the first screenful, and writes it to
/// docs/screenshots/{file}-{desktop|phone}.png only when VERTEBRA_SCREENSHOTS=1: an ordinary run leaves the tree clean.
/// </summary>
internal static class ScreenshotCapture
{
    public static async Task CaptureAsync(BrowserTab tab, SitePageSet pages, string file, ITestOutputHelper output)
    {
        var sitePage = pages.Named(pages.ScreenshotNamed(file).Page);
        await sitePage.OpenAsync(tab);
        if (sitePage.FrameAsync is { } frame)
        {
            await frame(tab);
        }

        var path = BrowserEnvironment.WriteScreenshots ? Path.Combine(BrowserEnvironment.ScreenshotDirectory, $"{file}-{tab.Viewport.Name}.png") : null;
        if (path is not null)
        {
            Directory.CreateDirectory(BrowserEnvironment.ScreenshotDirectory);
        }

        var png = await tab.Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            Type = ScreenshotType.Png,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
        Assert.True(png.Length > 1000, $"The screenshot of {file} is suspiciously small ({png.Length} bytes).");
        output.WriteLine(path is null ? $"{file}: {png.Length} bytes (set VERTEBRA_SCREENSHOTS=1 to save it)" : $"{path} ({png.Length} bytes)");
    }
}
