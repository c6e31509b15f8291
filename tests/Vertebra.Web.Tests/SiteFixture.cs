using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Web.Hosting;
using Vertebra.Indexing;

using Vertebra.Tests.Shared;

namespace Vertebra.Web.Tests;

/// <summary>The real site, in process, on a fresh data folder seeded from the bundled content.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "vertebra-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>A client that keeps cookies (sign-in, anti-forgery) and does not follow redirects.</summary>
    public HttpClient CreateBrowserClient()
    {
        var server = _app!.GetTestServer();
        return new HttpClient(new CookieHandler(server.CreateHandler())) { BaseAddress = server.BaseAddress };
    }

    public async Task InitializeAsync()
    {
        _app = await StartAsync(new VertebraWebOptions { DataDirectory = _data, ContentDirectory = RepositoryPaths.Content });
        Client = _app.GetTestClient();
        var keeper = _app.Services.GetRequiredService<SearchIndexKeeper>();
        for (var i = 0; i < 300 && !keeper.IsReady; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(keeper.IsReady, "the search index was not built within 30 seconds");
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
