using Microsoft.Playwright;

namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>One test's browser context and page; notes any stylesheet or other sub-resource that failed to load.</summary>
internal sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> brokenResources = [];

    public BrowserTab(IBrowserContext context, IPage page, Viewport viewport, Uri baseAddress)
    {
        this.context = context;
        Page = page;
        Viewport = viewport;
        BaseAddress = baseAddress;
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                brokenResources.Add($"{response.Status} {response.Url}");
            }
        };
        page.RequestFailed += (_, request) => brokenResources.Add($"failed {request.Url}: {request.Failure}");
    }

    public IPage Page { get; }

    public Viewport Viewport { get; }

    public Uri BaseAddress { get; }

    /// <summary>The path and query of the page now shown, e.g. "/articles/sciatica".</summary>
    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    /// <summary>Opens a page of the site and checks it answered with the expected status.</summary>
    public async Task GoAsync(string path, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(path).ConfigureAwait(false);
        Assert.NotNull(response);
        Assert.Equal(expectedStatus, response.Status);
    }

    public void AssertNoBrokenResources() => Assert.Empty(brokenResources);

    public async ValueTask DisposeAsync() => await context.CloseAsync().ConfigureAwait(false);
}
