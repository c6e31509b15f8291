using Microsoft.Playwright;

namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>
/// One site process and one Chromium for the whole run, started on first use (so a run whose tests all skip,
/// because Chromium is absent, starts nothing). Each test opens its own browser context through <see cref="OpenAsync"/>.
/// </summary>
public class SiteFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private SiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A fresh browser context (no cookies, no cache) with one page, at the given size.</summary>
    internal async Task<BrowserTab> OpenAsync(Viewport viewport, TabOptions? options = null)
    {
        options ??= new TabOptions();
        var (site, chromium) = await StartAsync().ConfigureAwait(false);
        var context = await chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            DeviceScaleFactor = 1,
            JavaScriptEnabled = options.JavaScript,
            // Only the accessibility audit needs this: the site's Content-Security-Policy forbids inline script,
            // and axe-core is injected as one.
            BypassCSP = options.BypassContentSecurityPolicy,
            Locale = Locale,
            TimezoneId = "Europe/London",
            ReducedMotion = ReducedMotion.Reduce,
        }).ConfigureAwait(false);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        return new BrowserTab(context, page, viewport, site.BaseAddress);
    }

    internal string ServerLog => server?.Log ?? "";

    /// <summary>Deployment settings the site process starts with (none: the defaults).</summary>
    protected virtual IReadOnlyDictionary<string, string> ServerEnvironment { get; } = new Dictionary<string, string>();

    /// <summary>The browser's language.</summary>
    protected virtual string Locale => "en-GB";

    public async Task DisposeAsync()
    {
        await DisposeCoreAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    protected virtual async Task DisposeCoreAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync().ConfigureAwait(false);
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }

        gate.Dispose();
    }

    private async Task<(SiteServer Site, IBrowser Chromium)> StartAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            server ??= await SiteServer.StartAsync(ServerEnvironment).ConfigureAwait(false);
            if (browser is null)
            {
                playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
                // Never a downloaded browser: Debian's Chromium. Playwright gives it a fresh temporary
                // profile (user-data dir) and deletes it when the browser closes.
                browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = BrowserEnvironment.ChromiumPath,
                    Headless = true,
                    Args = BrowserEnvironment.ChromiumArgs,
                    Timeout = 60_000,
                }).ConfigureAwait(false);
            }

            return (server, browser);
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>How a test's browser context differs from a plain visitor's.</summary>
internal sealed record TabOptions(bool JavaScript = true, bool BypassContentSecurityPolicy = false);

/// <summary>
/// A second site for the Chinese edition, deployed as a department in mainland China would run it: emergency number
/// 120 (VERTEBRA_EMERGENCY_NUMBER), in a browser set to Chinese.
/// </summary>
public sealed class ChineseSiteFixture : SiteFixture
{
    public const string EmergencyNumber = "120";

    protected override IReadOnlyDictionary<string, string> ServerEnvironment { get; } = new Dictionary<string, string>
    {
        ["VERTEBRA_EMERGENCY_NUMBER"] = EmergencyNumber,
    };

    protected override string Locale => "zh-CN";
}
