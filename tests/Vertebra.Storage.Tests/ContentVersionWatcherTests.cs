using Microsoft.Extensions.Logging.Abstractions;
using Vertebra.Storage.Changes;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Storage.Tests;

/// <summary>The one content-change signal: who hears of a change, in what order, and what happens when one of them fails.</summary>
public sealed class ContentVersionWatcherTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<SqliteContentStore> StoreAsync()
    {
        var store = new SqliteContentStore(Path.Combine(_folder.Path, $"content-{Guid.NewGuid():N}.db"));
        await store.MigrateAsync();
        return store;
    }

    private static ContentVersionWatcher Watcher(IContentStore store, params IContentChangeSubscriber[] subscribers) =>
        new(store, subscribers, TimeProvider.System, NullLogger<ContentVersionWatcher>.Instance);

    [Fact]
    public async Task CheckOnceAsync_VersionMoved_CallsEverySubscriberOnceInOrder()
    {
        var store = await StoreAsync();
        var calls = new List<string>();
        using var watcher = Watcher(store, new Recording("index", calls), new Recording("cache", calls));

        await watcher.CheckOnceAsync(CancellationToken.None);
        await watcher.CheckOnceAsync(CancellationToken.None); // nothing moved: nobody is called again
        await store.ApplyAsync(ContentBuilders.Batch(ContentBuilders.Article("new-one")));
        await watcher.CheckOnceAsync(CancellationToken.None);

        var version = await store.GetContentVersionAsync();
        Assert.Equal(["index 1", "cache 1", $"index {version}", $"cache {version}"], calls);
        Assert.Equal(version, watcher.Version);
    }

    [Fact]
    public async Task CheckOnceAsync_ASubscriberFails_OthersStillHearAndTheFailedOneIsCalledAgain()
    {
        var store = await StoreAsync();
        var calls = new List<string>();
        var flaky = new Flaky();
        using var watcher = Watcher(store, flaky, new Recording("cache", calls));

        await watcher.CheckOnceAsync(CancellationToken.None);
        Assert.Equal(["cache 1"], calls);
        Assert.Null(watcher.Version);

        await watcher.CheckOnceAsync(CancellationToken.None);
        Assert.Equal(2, flaky.Calls);
        Assert.Equal(["cache 1"], calls); // the cache had it already
        Assert.Equal(1, watcher.Version);
    }

    [Fact]
    public async Task RequestCheckAsync_WhileRunning_DeliversAChangeWithoutWaitingForThePoll()
    {
        var store = await StoreAsync();
        var calls = new List<string>();
        using var watcher = Watcher(store, new Recording("cache", calls));
        await watcher.StartAsync(CancellationToken.None);
        try
        {
            await watcher.RequestCheckAsync().WaitAsync(TimeSpan.FromSeconds(30));
            await store.ApplyAsync(ContentBuilders.Batch(ContentBuilders.Article("published-now")));

            await watcher.RequestCheckAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal($"cache {await store.GetContentVersionAsync()}", calls[^1]);
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }
    }

    private sealed class Recording(string name, List<string> calls) : IContentChangeSubscriber
    {
        public Task OnContentChangedAsync(long version, CancellationToken cancellationToken)
        {
            lock (calls)
            {
                calls.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} {version}"));
            }

            return Task.CompletedTask;
        }
    }

    private sealed class Flaky : IContentChangeSubscriber
    {
        public int Calls { get; private set; }

        public Task OnContentChangedAsync(long version, CancellationToken cancellationToken) =>
            ++Calls == 1 ? throw new IOException("disk full") : Task.CompletedTask;
    }
}
