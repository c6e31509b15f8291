using Microsoft.Data.Sqlite;
using Vertebra.Content.Model;
using Vertebra.Storage.Editorial;

namespace Vertebra.Editorial.Tests;

/// <summary>The publish gate: what it refuses, what one publication writes, and that it writes all of it or none.</summary>
public sealed class PublishGateTests
{
    [Fact]
    public async Task PublishAsync_NotSignedOff_IsRefusedWithTheReasonAndNothingIsPublished()
    {
        await using var bench = await EditorialBench.StartAsync();
        var saved = await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "first draft", submitForReview: true, CancellationToken.None);

        var result = await bench.Service.PublishAsync(saved.Slug!, "Dr Li", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(["A reviewer must sign this article off before it can be published."], result.Problems);
        Assert.Null(await bench.Content.GetArticleAsync(saved.Slug!));
    }

    [Fact]
    public async Task PublishAsync_ChangedAfterSignOff_IsRefused()
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", true, CancellationToken.None)).Slug!;
        Assert.True((await bench.Service.SignOffAsync(slug, "Dr Li", CancellationToken.None)).Succeeded);
        await bench.Service.SaveAsync(slug, EditorialBench.Draft("Walk every day; rest only briefly.\n"), "Ana", "edit", true, CancellationToken.None);

        var result = await bench.Service.PublishAsync(slug, "Dr Li", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("changed after it was signed off", result.Problems.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_OpenClaimFinding_IsRefusedNamingTheClaim()
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft("Massage pushes the disc back into place.\n"), "Ana", "", true, CancellationToken.None)).Slug!;
        await bench.Service.SignOffAsync(slug, "Dr Li", CancellationToken.None);

        var result = await bench.Service.PublishAsync(slug, "Dr Li", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.All(result.Problems, p => Assert.StartsWith("Claim not resolved:", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishAsync_SignedOff_WritesArticleStateAndAuditAndSignalsTheChange()
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", true, CancellationToken.None)).Slug!;
        await bench.Service.SignOffAsync(slug, "Dr Li", CancellationToken.None);
        var versionBefore = await bench.Content.GetContentVersionAsync();

        var result = await bench.Service.PublishAsync(slug, "Dr Li", CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(" ", result.Problems));
        Assert.Equal(slug, result.Slug);
        var article = await bench.Content.GetArticleAsync(slug);
        Assert.NotNull(article);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal("Dr Li", article.MedicalReviewer);
        Assert.Equal(new DateOnly(2026, 3, 5), article.LastReviewed);
        Assert.Equal(new DateOnly(2027, 3, 5), article.NextReviewDue);
        Assert.Equal(EditorialStates.Published, (await bench.Store.GetStateAsync(slug))!.State);
        Assert.Contains(await bench.Store.ListAuditAsync(10), e => e.Action == "published" && e.Subject == slug);

        // The publication raised the one change signal before answering: subscribers already know the new version.
        var versionAfter = await bench.Content.GetContentVersionAsync();
        Assert.True(versionAfter > versionBefore);
        Assert.Equal(versionAfter, bench.Heard.Versions[^1]);
    }

    [Fact]
    public async Task PublishAsync_AuditCannotBeWritten_LeavesTheArticleUnpublishedAndTheStateAsItWas()
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", true, CancellationToken.None)).Slug!;
        await bench.Service.SignOffAsync(slug, "Dr Li", CancellationToken.None);
        var versionBefore = await bench.Content.GetContentVersionAsync();
        await using (var connection = new SqliteConnection($"Data Source={bench.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE audit_log";
            await drop.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAsync<SqliteException>(() => bench.Service.PublishAsync(slug, "Dr Li", CancellationToken.None));

        Assert.Null(await bench.Content.GetArticleAsync(slug));
        Assert.Equal(EditorialStates.InReview, (await bench.Store.GetStateAsync(slug))!.State);
        Assert.Equal(versionBefore, await bench.Content.GetContentVersionAsync());
    }
}
