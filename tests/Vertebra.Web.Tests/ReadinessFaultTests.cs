using System.Net;
using Microsoft.AspNetCore.TestHost;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>/healthz/ready follows the database: it fails while PostgreSQL is stopped and recovers when it is back.</summary>
public sealed class ReadinessFaultTests
{
    [PrivatePostgresFact]
    public async Task HealthzReady_FailsWhilePostgresIsStopped_AndRecoversAfter()
    {
        await using var postgres = await PrivatePostgres.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "vertebra-ready-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var app = await SiteFixture.StartAsync(new VertebraWebOptions
            {
                DataDirectory = data, ContentDirectory = RepositoryPaths.Content, Database = postgres.ConnectionString,
            });
            using var client = app.GetTestClient();
            Assert.True(await WaitForAsync(client, HttpStatusCode.OK, TimeSpan.FromSeconds(60)), "the node never became ready");

            await postgres.StopServerAsync();
            Assert.True(await WaitForAsync(client, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30)), "ready did not fail with the database stopped");
            using (var ready = await client.GetAsync("/healthz/ready"))
            {
                var body = await ready.Content.ReadAsStringAsync();
                Assert.Contains("\"database\":{\"status\":\"Unhealthy\"", body, StringComparison.Ordinal);
            }

            using (var live = await client.GetAsync("/healthz"))
            {
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            }

            await postgres.StartServerAsync();
            Assert.True(await WaitForAsync(client, HttpStatusCode.OK, TimeSpan.FromSeconds(30)), "ready did not recover after the database came back");
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static async Task<bool> WaitForAsync(HttpClient client, HttpStatusCode wanted, TimeSpan limit)
    {
        var until = TimeProvider.System.GetUtcNow() + limit;
        while (TimeProvider.System.GetUtcNow() < until)
        {
            using var response = await client.GetAsync("/healthz/ready");
            if (response.StatusCode == wanted)
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }
}
