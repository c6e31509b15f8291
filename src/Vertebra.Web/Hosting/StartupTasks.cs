using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vertebra.Content.Import;
using Vertebra.Storage;

namespace Vertebra.Web.Hosting;

/// <summary>At start: apply migrations, then seed an empty store from the bundled content.</summary>
internal sealed partial class StartupTasks(IContentStore store, VertebraWebOptions options, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (!options.SeedEmptyStore)
        {
            return;
        }

        var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        if (!counts.IsEmpty)
        {
            return;
        }

        var batch = MarkdownFolderImporter.Read(options.ContentDirectory, KnownIds.None, cancellationToken: cancellationToken);
        var summary = await store.ApplyAsync(batch, cancellationToken: cancellationToken).ConfigureAwait(false);
        LogSeeded(logger, summary.Added, options.ContentDirectory);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded an empty store with {Count} items from {Folder}")]
    private static partial void LogSeeded(ILogger logger, int count, string folder);
}
