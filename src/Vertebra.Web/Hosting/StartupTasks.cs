using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vertebra.Content.Import;
using Vertebra.Storage;

namespace Vertebra.Web.Hosting;

/// <summary>
/// At start: apply migrations, then seed the bundled content into any store that has never had it, whatever
/// was imported first. The seed never overwrites what an import put there, and is recorded in the same
/// transaction, so it happens once per store.
/// </summary>
internal sealed partial class StartupTasks(IContentStore store, VertebraWebOptions options, ILogger<StartupTasks> logger) : IHostedService
{
    /// <summary>The name the bundled content is recorded under in the store's seed history.</summary>
    public const string BundledSeed = "bundled";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (!options.SeedEmptyStore || await store.HasSeedAsync(BundledSeed, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var known = await store.GetKnownIdsAsync(cancellationToken).ConfigureAwait(false);
        var bundled = MarkdownFolderImporter.Read(options.ContentDirectory, KnownIds.None, cancellationToken: cancellationToken);
        var batch = await WithoutWhatTheStoreHasAsync(bundled, known, cancellationToken).ConfigureAwait(false);
        batch.SeedName = BundledSeed;
        var summary = await store.ApplyAsync(batch, cancellationToken: cancellationToken).ConfigureAwait(false);
        Vertebra.Content.Import.ImportMetrics.Record("bundled", "done", System.Diagnostics.Stopwatch.GetElapsedTime(started));
        LogSeeded(logger, summary.Added, options.ContentDirectory);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The bundled items whose ids the store does not hold yet: an earlier import keeps its own versions.</summary>
    private async Task<ContentBatch> WithoutWhatTheStoreHasAsync(ContentBatch bundled, KnownIds known, CancellationToken cancellationToken)
    {
        var batch = new ContentBatch();
        batch.Clinics.AddRange(bundled.Clinics.Where(c => !known.Clinics.Contains(c.Id)));
        var groups = (await store.ListConditionGroupsAsync(cancellationToken).ConfigureAwait(false)).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        batch.ConditionGroups.AddRange(bundled.ConditionGroups.Where(g => !groups.Contains(g.Id)));
        batch.Conditions.AddRange(bundled.Conditions.Where(c => !known.Conditions.Contains(c.Id)));
        batch.Topics.AddRange(bundled.Topics.Where(t => !known.Topics.Contains(t.Slug)));
        foreach (var article in bundled.Articles)
        {
            if (await store.GetArticleAsync(article.Slug, cancellationToken).ConfigureAwait(false) is null)
            {
                batch.Articles.Add(article);
            }
        }

        return batch;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the store with {Count} bundled items from {Folder}")]
    private static partial void LogSeeded(ILogger logger, int count, string folder);
}
