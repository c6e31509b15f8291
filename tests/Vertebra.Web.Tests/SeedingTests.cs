using Microsoft.Extensions.DependencyInjection;
using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Storage;
using Vertebra.Storage.Sqlite;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>
/// The bundled content reaches every store that never had it, whatever was imported before the first start,
/// and only once: a newcomer who imports first still gets a site with articles.
/// </summary>
public sealed class SeedingTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "vertebra-seeding-tests-" + Guid.NewGuid().ToString("N"));

    private VertebraWebOptions Options => new() { DataDirectory = _data, ContentDirectory = RepositoryPaths.Content };

    private static ContentBatch OnePair()
    {
        var batch = new ContentBatch();
        batch.QaPairs.Add(new QaPair { Id = "q-1", Source = "test", Focus = "back pain", QuestionType = "information", Question = "What is back pain?", Answer = "Pain in the back.", Licence = "test" });
        return batch;
    }

    private async Task<int> BundledArticleCountAsync()
    {
        await using var app = await SiteFixture.StartAsync(Options);
        var store = app.Services.GetRequiredService<IContentStore>();
        var count = 0;
        foreach (var language in ArticleLanguages.All)
        {
            count += await store.CountPublishedArticlesAsync(language);
        }

        return count;
    }

    [Fact]
    public async Task ImportThenStart_LeavesASiteWithTheBundledArticles()
    {
        Directory.CreateDirectory(_data);
        {
            var store = new SqliteContentStore(Path.Combine(_data, "vertebra.db"));
            await store.MigrateAsync();
            await store.ApplyAsync(OnePair());
        }

        var published = await BundledArticleCountAsync();

        var bundled = MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None).Articles.Count(a => a.Status == ArticleStatus.Published);
        Assert.Equal(bundled, published);
    }

    [Fact]
    public async Task ImportedArticleWithABundledSlug_IsNotOverwrittenBySeeding()
    {
        Directory.CreateDirectory(_data);
        var mine = MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None).Articles.First() with { Title = "Our own version" };
        {
            var store = new SqliteContentStore(Path.Combine(_data, "vertebra.db"));
            await store.MigrateAsync();
            var batch = new ContentBatch();
            batch.Articles.Add(mine with { Topics = [], Conditions = [] });
            await store.ApplyAsync(batch);
        }

        await using var app = await SiteFixture.StartAsync(Options);
        var kept = await app.Services.GetRequiredService<IContentStore>().GetArticleAsync(mine.Slug);

        Assert.Equal("Our own version", kept!.Title);
    }

    [Fact]
    public async Task SeedingTwice_IsIdempotentAndDoesNotBringBackADeletedChange()
    {
        var first = await BundledArticleCountAsync();
        {
            var store = new SqliteContentStore(Path.Combine(_data, "vertebra.db"));
            Assert.True(await store.HasSeedAsync(StartupTasks.BundledSeed));
            var article = (await store.GetArticleAsync("sciatica"))!;
            var batch = new ContentBatch();
            batch.Articles.Add(article with { Title = "Edited after seeding" });
            await store.ApplyAsync(batch);
        }

        var second = await BundledArticleCountAsync();

        Assert.Equal(first, second);
        var again = new SqliteContentStore(Path.Combine(_data, "vertebra.db"));
        Assert.Equal("Edited after seeding", (await again.GetArticleAsync("sciatica"))!.Title);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
