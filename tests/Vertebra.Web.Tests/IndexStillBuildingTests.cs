using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vertebra.Indexing;
using Vertebra.Search;
using Vertebra.Storage;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>
/// Before its search index is built (a site's first start, or the first after an import) the site must not tell a
/// person that there is no answer to their question: the ask page says the answers are still being made ready, the
/// API answers 503 with Retry-After, and once the index is built the same question is answered.
/// </summary>
public sealed class IndexStillBuildingTests
{
    private const string Question = "can massage help a slipped disc";

    [Fact]
    public async Task Ask_BeforeTheIndexIsBuilt_SaysTheAnswersAreNotReady_NotThatThereIsNoAnswer_ThenAnswers()
    {
        var data = Path.Combine(Path.GetTempPath(), "vertebra-building-" + Guid.NewGuid().ToString("N"));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new VertebraWebOptions { DataDirectory = data, ContentDirectory = RepositoryPaths.Content, Semantic = false };
        try
        {
            await using var app = await SiteFixture.StartAsync(options, builder => builder.Services.AddSingleton(sp => new SearchIndexKeeper(
                GatedContentStore.Wrap(sp.GetRequiredService<IContentStore>(), nameof(IContentStore.GetContentVersionAsync), gate.Task),
                sp.GetRequiredService<SearchIndex>(), options.IndexDirectory, sp.GetRequiredService<ILogger<SearchIndexKeeper>>(), TimeProvider.System)));
            using var client = app.GetTestClient();
            var keeper = app.Services.GetRequiredService<SearchIndexKeeper>();
            Assert.False(keeper.IsReady);

            var page = await client.GetStringAsync("/ask?q=" + Uri.EscapeDataString(Question));
            Assert.Contains("still getting its answers ready", page, StringComparison.Ordinal);
            Assert.DoesNotContain("We found no answer", page, StringComparison.Ordinal);
            Assert.Contains("href=\"/ask?q=" + Uri.EscapeDataString(Question) + "\"", page, StringComparison.Ordinal);

            // The search page already matches article titles and summaries until then, and says so.
            Assert.Contains("Full search is still starting up", await client.GetStringAsync("/search?q=sciatica"), StringComparison.Ordinal);

            var chinese = new HtmlParser().ParseDocument(await client.GetStringAsync("/zh/ask?q=" + Uri.EscapeDataString("按摩能把突出的腰椎间盘推回去吗")));
            Assert.Contains("网站刚刚启动", chinese.Body!.TextContent, StringComparison.Ordinal);

            using (var api = await client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(Question)))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(10), api.Headers.RetryAfter?.Delta);
                Assert.Contains("not ready", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            using (var search = await client.GetAsync("/api/search?q=sciatica"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
            }

            // A question with nothing to search for has its final answer already: it is not told to wait.
            using (var nothing = await client.GetAsync("/api/ask?q=" + Uri.EscapeDataString("???")))
            {
                Assert.Equal(HttpStatusCode.OK, nothing.StatusCode);
                using var json = JsonDocument.Parse(await nothing.Content.ReadAsStringAsync());
                Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("emptyReason").ValueKind);
            }

            gate.SetResult();
            Assert.True(await EventuallyAsync(async () => (await client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(Question))).StatusCode == HttpStatusCode.OK),
                "the API never answered after the index was built");
            Assert.True(await EventuallyAsync(async () => (await client.GetStringAsync("/ask?q=" + Uri.EscapeDataString(Question))).Contains("/articles/massage-for-lumbar-disc-herniation", StringComparison.Ordinal)),
                "the ask page never showed the answer after the index was built (a page cached while it was building must be dropped)");
        }
        finally
        {
            gate.TrySetResult();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> check)
    {
        var until = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(60);
        while (TimeProvider.System.GetUtcNow() < until)
        {
            if (await check())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
