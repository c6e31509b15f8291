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
        TabRunner.RunAsync(site, output, viewport, $"screenshot-{page}", tab => ScreenshotCapture.CaptureAsync(tab, SitePages.English, page, output));

    public static TheoryData<string, string> Pages => SitePages.English.ScreenshottedWithViewports();
}
