using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Vertebra.Claims;
using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Storage.Changes;
using Vertebra.Storage.Sqlite;
using Vertebra.Tests.Shared;

namespace Vertebra.Editorial.Tests;

/// <summary>
/// A real workflow on a fresh SQLite file: the shipped claim rules, a running content-version watcher, and a subscriber
/// that records which content versions it was told of.
/// </summary>
internal sealed class EditorialBench : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vertebra-editorial-tests-" + Guid.NewGuid().ToString("N"));
    private readonly ContentVersionWatcher _watcher;

    private EditorialBench()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "vertebra.db");
        Content = new SqliteContentStore(DatabasePath);
        Store = new SqliteEditorialStore(Content);
        _watcher = new ContentVersionWatcher(Content, [Heard], Time, NullLogger<ContentVersionWatcher>.Instance);
        Service = new EditorialService(Content, Store, ClaimChecker.Load(Path.Combine(RepositoryPaths.Content, "claims.yaml")), Time, _watcher);
    }

    public string DatabasePath { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero));
    public SqliteContentStore Content { get; }
    public SqliteEditorialStore Store { get; }
    public EditorialService Service { get; }
    public VersionRecorder Heard { get; } = new();

    public static async Task<EditorialBench> StartAsync()
    {
        var bench = new EditorialBench();
        await bench.Content.MigrateAsync();
        var batch = new ContentBatch();
        batch.Topics.Add(new Topic { Slug = "back-pain", Title = "Back pain", Description = "About back pain." });
        await bench.Content.ApplyAsync(batch);
        await bench._watcher.StartAsync(CancellationToken.None);
        await bench._watcher.RequestCheckAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return bench;
    }

    public static ArticleDraft Draft(string body = "Walk a little every day and keep moving.\n") => new()
    {
        Title = "Walking with back pain",
        Summary = "Why gentle walking helps.",
        Body = body,
        Topics = "back-pain",
        References = "NHS back pain | https://www.nhs.uk/conditions/back-pain/",
    };

    public async ValueTask DisposeAsync()
    {
        await _watcher.StopAsync(CancellationToken.None);
        _watcher.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Records every content version the signal delivered.</summary>
    internal sealed class VersionRecorder : IContentChangeSubscriber
    {
        private readonly List<long> _versions = [];

        public IReadOnlyList<long> Versions
        {
            get
            {
                lock (_versions)
                {
                    return _versions.ToList();
                }
            }
        }

        public Task OnContentChangedAsync(long version, CancellationToken cancellationToken)
        {
            lock (_versions)
            {
                _versions.Add(version);
            }

            return Task.CompletedTask;
        }
    }
}
