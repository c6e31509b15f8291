using Vertebra.Browser.Tests.Infrastructure;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>
/// The page types of one edition of the site (English or Chinese) and the ones of them shown in docs/screenshots,
/// with the test data the accessibility audit and the screenshot tests are driven by.
/// </summary>
internal sealed class SitePageSet(IReadOnlyList<SitePage> all, IReadOnlyList<Screenshot> screenshotted)
{
    public IReadOnlyList<SitePage> All => all;

    public IReadOnlyList<Screenshot> Screenshotted => screenshotted;

    public SitePage Named(string name) => all.Single(p => p.Name == name);

    public Screenshot ScreenshotNamed(string file) => screenshotted.Single(s => s.File == file);

    /// <summary>Every page type at desktop and phone size.</summary>
    public TheoryData<string, string> AllWithViewports()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in all)
        {
            data.Add(page.Name, Viewport.Desktop.Name);
            data.Add(page.Name, Viewport.Phone.Name);
        }

        return data;
    }

    /// <summary>Every screenshot at desktop size and, unless it says otherwise, phone size.</summary>
    public TheoryData<string, string> ScreenshottedWithViewports()
    {
        var data = new TheoryData<string, string>();
        foreach (var shot in screenshotted)
        {
            data.Add(shot.File, Viewport.Desktop.Name);
            if (shot.Phone)
            {
                data.Add(shot.File, Viewport.Phone.Name);
            }
        }

        return data;
    }
}
