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
        TabRunner.RunAsync(site, output, viewport, $"screenshot-{page}", tab => ScreenshotCapture.CaptureAsync(tab, ChineseSitePages.Chinese, page, output));

    public static TheoryData<string, string> Pages => ChineseSitePages.Chinese.ScreenshottedWithViewports();
}
