using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Web.Hosting;
using Vertebra.Indexing;

using Vertebra.Tests.Shared;

namespace Vertebra.Web.Tests;

/// <summary>
/// The real site, in process, on a fresh data folder seeded from the bundled content. Words-only search (semantic
/// matching off) keeps start-up quick; <see cref="SemanticSiteFixture"/> runs the site as shipped, with the encoder.
/// </summary>
public class SiteFixture : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "vertebra-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Whether the site matches questions by meaning too.</summary>
    protected virtual bool Semantic => false;

    public IServiceProvider Services => _app!.Services;

    /// <summary>A client that keeps cookies (sign-in, anti-forgery) and does not follow redirects.</summary>
    public HttpClient CreateBrowserClient() => CreateBrowser().Client;

    /// <summary>A browser client with its cookie jar.</summary>
    internal (HttpClient Client, CookieHandler Cookies) CreateBrowser()
    {
        var server = _app!.GetTestServer();
        var cookies = new CookieHandler(server.CreateHandler());
        return (new HttpClient(cookies) { BaseAddress = server.BaseAddress }, cookies);
    }

    public async Task InitializeAsync()
    {
        _app = await StartAsync(new VertebraWebOptions { DataDirectory = _data, ContentDirectory = RepositoryPaths.Content, Semantic = Semantic });
        Client = _app.GetTestClient();
        var keeper = _app.Services.GetRequiredService<SearchIndexKeeper>();

        // With meaning vectors the first build also encodes every article section (seconds on a quiet machine, more
        // on a busy one).
        var limit = Semantic ? 1800 : 300;
        for (var i = 0; i < limit && !keeper.IsReady; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(keeper.IsReady, $"the search index was not built within {limit / 10} seconds");
    }

    public static async Task<WebApplication> StartAsync(VertebraWebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var app = VertebraWebHost.Build(options, builder =>
        {
            builder.WebHost.UseTestServer();
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return app;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}

/// <summary>The site as shipped: questions matched by words and by meaning (the bundled encoder).</summary>
public sealed class SemanticSiteFixture : SiteFixture
{
    protected override bool Semantic => true;
}
