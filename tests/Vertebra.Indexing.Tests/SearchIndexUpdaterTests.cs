using Microsoft.Data.Sqlite;
using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Search;
using Vertebra.Storage.Sqlite;
using Vertebra.Indexing;

namespace Vertebra.Indexing.Tests;

/// <summary>The search index follows the store by applying only what changed, and knows what it holds across restarts.</summary>
public sealed class SearchIndexUpdaterTests : IAsyncLifetime, IDisposable
{
    private const int PairCount = 40;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vertebra-updater-tests-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteContentStore _store;
    private SearchIndex _index;

    public SearchIndexUpdaterTests()
    {
        _store = new SqliteContentStore(Path.Combine(_folder, "vertebra.db"));
        _index = SearchIndex.Open(IndexFolder);
    }

    private string IndexFolder => Path.Combine(_folder, "index");

    private string RecordFile => Path.Combine(IndexFolder, IndexedSources.FileName);

    public async Task InitializeAsync()
    {
        await _store.MigrateAsync();
        var batch = new ContentBatch();
        batch.Articles.Add(Article("posture", "Good posture", "## Sitting\nUse a chair with lumbar support.\n\n## Lifting\nBend your knees.\n"));
        batch.Articles.Add(Article("walking", "Walking for back pain", "Walk a little every day.\n"));
        batch.Articles.Add(Article("draft-only", "Unpublished draft about wombatword", "Not public.\n", ArticleStatus.Draft));
        batch.QaPairs.AddRange(Enumerable.Range(0, PairCount).Select(i => Pair(i, $"An answer about topic {i}, marked original{i}.")));
        await _store.ApplyAsync(batch);
    }

    [Fact]
    public async Task UpdateAsync_NoRecordOfTheIndex_RebuildsEverythingAndRecordsIt()
    {
        var update = await NewUpdater().UpdateAsync(false, null, CancellationToken.None);

        Assert.NotNull(update);
        Assert.True(update.Rebuilt);
        Assert.Equal("no record of what the index holds", update.RebuildReason);
        Assert.Equal(PairCount + 2 + 2, _index.Count); // the pairs, two articles, and the posture article's two sections
        Assert.True(File.Exists(RecordFile));
        Assert.Empty(Search("wombatword"));
    }

    [Fact]
    public async Task UpdateAsync_OnePairEdited_ReplacesOnlyThatPairAndItShowsInSearch()
    {
        var updater = await BuiltUpdaterAsync();

        await Apply(pairs: [Pair(7, "Now the answer mentions quokkaword.")]);
        var update = await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.NotNull(update);
        Assert.False(update.Rebuilt);
        Assert.Equal((0, 1, 0, 1), (update.Added, update.Changed, update.Removed, update.Documents));
        Assert.Equal(["pair-7"], Search("quokkaword"));
        Assert.Empty(Search("original7"));
        Assert.Equal(["pair-8"], Search("original8"));
        Assert.Equal(PairCount + 4, _index.Count);
    }

    [Fact]
    public async Task UpdateAsync_ArticleUnpublishedAndAnotherPublished_SwapsThemInSearch()
    {
        var updater = await BuiltUpdaterAsync();
        Assert.NotEmpty(Search("lumbar support"));

        await Apply(articles:
        [
            Article("posture", "Good posture", "## Sitting\nUse a chair with lumbar support.\n\n## Lifting\nBend your knees.\n", ArticleStatus.Draft),
            Article("draft-only", "Unpublished draft about wombatword", "Not public.\n"),
        ]);
        var update = await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.NotNull(update);
        Assert.False(update.Rebuilt);
        Assert.Equal((1, 0, 1), (update.Added, update.Changed, update.Removed));
        Assert.Empty(Search("lumbar support"));
        Assert.Equal(["article:draft-only"], Search("wombatword"));
    }

    [Fact]
    public async Task UpdateAsync_VersionMovedButNothingIndexedChanged_WritesNeitherIndexNorRecord()
    {
        var updater = await BuiltUpdaterAsync();
        var commits = Commits();
        var recorded = File.ReadAllText(RecordFile);

        var topics = new ContentBatch();
        topics.Topics.Add(new Topic { Slug = "posture", Title = "Posture" }); // topics are not indexed, but move the version
        await _store.ApplyAsync(topics);
        var update = await updater.UpdateAsync(false, null, CancellationToken.None);
        var again = await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.NotNull(update);
        Assert.False(update.WroteIndex);
        Assert.Equal(await _store.GetContentVersionAsync(), update.ContentVersion);
        Assert.Null(again);
        Assert.Equal(commits, Commits());
        Assert.Equal(recorded, File.ReadAllText(RecordFile));
    }

    [Fact]
    public async Task UpdateAsync_AfterARestartWithTheRecord_DoesNotRebuildAndStillAppliesChanges()
    {
        await BuiltUpdaterAsync();
        await RestartIndexAsync();
        var commits = Commits();

        var restarted = NewUpdater();
        var first = await restarted.UpdateAsync(false, null, CancellationToken.None);
        await Apply(pairs: [Pair(3, "Edited after the restart: numbatword.")]);
        var second = await restarted.UpdateAsync(false, null, CancellationToken.None);

        Assert.Null(first);
        Assert.NotNull(second);
        Assert.False(second.Rebuilt);
        Assert.Equal(1, second.Changed);
        Assert.Single(Commits().Except(commits));
        Assert.Equal(["pair-3"], Search("numbatword"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{ this is not json")]
    [InlineData("""{"format": 1, "contentVersion": 99, "sources": {}}""")]
    public async Task UpdateAsync_RecordMissingUnreadableOrOfAnotherFormat_Rebuilds(string? record)
    {
        await BuiltUpdaterAsync();
        await RestartIndexAsync();
        if (record is null)
        {
            File.Delete(RecordFile);
        }
        else
        {
            File.WriteAllText(RecordFile, record);
        }

        var update = await NewUpdater().UpdateAsync(false, null, CancellationToken.None);

        Assert.NotNull(update);
        Assert.True(update.Rebuilt);
        Assert.Equal(PairCount + 4, _index.Count);
    }

    [Fact]
    public async Task UpdateAsync_MoreThanAQuarterChanged_RebuildsInstead()
    {
        var updater = await BuiltUpdaterAsync();

        await Apply(pairs: Enumerable.Range(0, PairCount / 2).Select(i => Pair(i, $"Rewritten answer {i}.")).ToList());
        var update = await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.NotNull(update);
        Assert.True(update.Rebuilt);
        Assert.Contains("sources changed", update.RebuildReason, StringComparison.Ordinal);
        Assert.Contains("pair-5", Search("rewritten"));
    }

    [Fact]
    public async Task UpdateAsync_IndexEmptiedBehindItsBack_Rebuilds()
    {
        var updater = await BuiltUpdaterAsync();
        _index.Rebuild([]);

        await Apply(pairs: [Pair(1, "Changed.")]);
        var update = await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.NotNull(update);
        Assert.Equal("the index is empty", update.RebuildReason);
        Assert.Equal(PairCount + 4, _index.Count);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _index.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private SearchIndexUpdater NewUpdater() => new(_store, _index, IndexFolder, TimeProvider.System);

    private async Task<SearchIndexUpdater> BuiltUpdaterAsync()
    {
        var updater = NewUpdater();
        Assert.True((await updater.UpdateAsync(false, null, CancellationToken.None))?.Rebuilt);
        return updater;
    }

    private async Task RestartIndexAsync()
    {
        _index.Dispose();
        await Task.Yield();
        _index = SearchIndex.Open(IndexFolder);
    }

    private Task Apply(IReadOnlyList<Article>? articles = null, IReadOnlyList<QaPair>? pairs = null)
    {
        var batch = new ContentBatch();
        batch.Articles.AddRange(articles ?? []);
        batch.QaPairs.AddRange(pairs ?? []);
        return _store.ApplyAsync(batch);
    }

    private List<string> Search(string query) => _index.Search(query, 50).Hits.Select(h => h.Id).ToList();

    /// <summary>The index's commit points on disk: a write adds a new one.</summary>
    private string[] Commits() => Directory.GetFiles(IndexFolder, "segments_*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static Article Article(string slug, string title, string body, ArticleStatus status = ArticleStatus.Published) => new()
    {
        Slug = slug,
        Title = title,
        Summary = title + ".",
        Body = body,
        Status = status,
    };

    private static QaPair Pair(int i, string answer) => new()
    {
        Id = $"pair-{i}",
        Source = "TEST",
        Focus = $"Focus {i}",
        QuestionType = "information",
        Question = $"What is focus {i}?",
        Answer = answer,
        Licence = "CC BY 4.0",
    };
}
