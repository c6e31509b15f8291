using Xunit.Abstractions;

namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>
/// Runs a test body in a fresh tab. On failure it saves a screenshot of the page as it was (under the test
/// output folder, failures/) and prints its address and the server's last log lines to the test output.
/// </summary>
internal static class TabRunner
{
    public static async Task RunAsync(SiteFixture site, ITestOutputHelper output, string viewportName, string label, Func<BrowserTab, Task> body, TabOptions? options = null)
    {
        var viewport = Viewport.Named(viewportName);
        await using var tab = await site.OpenAsync(viewport, options);
        try
        {
            await body(tab);
        }
        catch (Exception)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "failures");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{label}-{viewport.Name}.png");
            try
            {
                await tab.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                output.WriteLine($"Failed at {tab.Page.Url} ({viewport}); screenshot: {file}");
            }
            catch (Microsoft.Playwright.PlaywrightException ex)
            {
                output.WriteLine($"Failed at {tab.Page.Url} ({viewport}); no screenshot: {ex.Message}");
            }

            output.WriteLine("Server log (last lines):");
            output.WriteLine(site.ServerLog);
            throw;
        }
    }
}
