using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Storage;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task ServerError_ShowsFriendly500PageThatLeaksNoInternals()
    {
        var data = Path.Combine(Path.GetTempPath(), "vertebra-error-" + Guid.NewGuid().ToString("N"));
        await using var app = await SiteFixture.StartAsync(new VertebraWebOptions { DataDirectory = data, ContentDirectory = RepositoryPaths.Content, SeedEmptyStore = false },
            builder => builder.Services.AddSingleton<IContentStore, BrokenStore>());
        using var client = app.GetTestClient();
        using var response = await client.GetAsync("/articles/anything");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-connection-detail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("at Vertebra", html, StringComparison.Ordinal);
    }

    private sealed class BrokenStore : IContentStore
    {
        private static Exception Boom() => new InvalidOperationException("secret-connection-detail");
        public Task MigrateAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
        public Task<ImportSummary> ApplyAsync(ContentBatch batch, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) => throw Boom();
        public Task<Article?> GetArticleAsync(string slug, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int offset, int limit, CancellationToken cancellationToken = default) => throw Boom();
        public Task<int> CountPublishedArticlesAsync(CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListFeaturedArticlesAsync(int limit, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListNewestArticlesAsync(int limit, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> SearchArticlesAsync(string query, int limit, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(string language, int offset, int limit, CancellationToken cancellationToken = default) => throw Boom();
        public Task<int> CountPublishedArticlesAsync(string language, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListFeaturedArticlesAsync(string language, int limit, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListNewestArticlesAsync(string language, int limit, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> SearchArticlesAsync(string language, string query, int limit, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListCounterpartsAsync(string slug, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListTopicArticlesAsync(string language, string topicSlug, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListConditionArticlesAsync(string language, string conditionId, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<Topic>> ListTopicsAsync(CancellationToken cancellationToken = default) => throw Boom();
        public Task<Topic?> GetTopicAsync(string slug, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListTopicArticlesAsync(string topicSlug, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ConditionGroup>> ListConditionGroupsAsync(CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<Condition>> ListConditionsAsync(CancellationToken cancellationToken = default) => throw Boom();
        public Task<Condition?> GetConditionAsync(string id, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<ArticleSummary>> ListConditionArticlesAsync(string conditionId, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<Clinic>> ListClinicsAsync(CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<QaPair>> ListArticleQaPairsAsync(string articleSlug, CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<Article>> ListAllArticlesAsync(CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<QaPair>> ListAllQaPairsAsync(CancellationToken cancellationToken = default) => throw Boom();
        public Task<SearchSourceHashes> ListSearchSourceHashesAsync(CancellationToken cancellationToken = default) => throw Boom();
        public Task<IReadOnlyList<QaPair>> ListQaPairsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => throw Boom();
        public Task<long> GetContentVersionAsync(CancellationToken cancellationToken = default) => throw Boom();
        public Task<KnownIds> GetKnownIdsAsync(CancellationToken cancellationToken = default) => throw Boom();
        public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) => throw Boom();

        public Task<bool> HasSeedAsync(string seedName, CancellationToken cancellationToken = default) => throw Boom();

        public Task<IReadOnlyList<ArticleSummary>> ListRelatedArticlesAsync(string slug, int limit, CancellationToken cancellationToken = default) => throw Boom();
    }
}
