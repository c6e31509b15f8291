using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Search;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Indexing.Tests;

/// <summary>
/// Issue 19, finding 2: one bad article or pair used to stop search indexing for the whole site (the update failed on
/// every attempt, and everything imported later never became searchable). A bad record is skipped and named; every
/// other record is indexed.
/// </summary>
public sealed class BadDocumentTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vertebra-bad-document-tests-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteContentStore _store;
    private readonly SearchIndex _index;

    public BadDocumentTests()
    {
        _store = new SqliteContentStore(Path.Combine(_folder, "vertebra.db"));
        _index = SearchIndex.Open(IndexFolder);
    }

    private string IndexFolder => Path.Combine(_folder, "index");

    public async Task InitializeAsync()
    {
        await _store.MigrateAsync();
        await Apply(articles: [Article("walking", "Walking for back pain", "Walk a little every day, says wombatword.\n")]);
    }

    public static TheoryData<string> NestedBodies => new()
    {
        new string('>', 130) + " quote\n",
        new string('[', 130) + " bracket\n",
        string.Concat(Enumerable.Range(0, 64).Select(i => new string(' ', i * 2) + "- level\n")),
        string.Concat(Enumerable.Repeat("++a ", 130)) + string.Concat(Enumerable.Repeat("a++ ", 130)) + "\n",
    };

    [Theory]
    [MemberData(nameof(NestedBodies))]
    public async Task Rebuild_ArticleWithDeeplyNestedBody_IndexesItAndEverythingElse(string body)
    {
        await Apply(articles: [Article("nested", "Nested quokkaword article", "Intro.\n\n" + body)]);

        var update = await NewUpdater().UpdateAsync(false, null, CancellationToken.None);

        Assert.True(update?.Rebuilt);
        Assert.Equal(["article:walking"], Search("wombatword"));
        Assert.Equal(["article:nested"], Search("quokkaword"));
    }

    [Theory]
    [MemberData(nameof(NestedBodies))]
    public async Task Update_NestedArticleThenMoreContent_LaterImportsStillBecomeSearchable(string body)
    {
        var updater = NewUpdater();
        await updater.UpdateAsync(false, null, CancellationToken.None);

        await Apply(articles: [Article("nested", "Nested article", "Intro.\n\n" + body)]);
        await updater.UpdateAsync(false, null, CancellationToken.None);
        await Apply(pairs: [Pair("later", "Imported afterwards, mentions numbatword.")]);
        await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.Equal(["later"], Search("numbatword"));
    }

    [Fact]
    public async Task Rebuild_PairWhoseIdLuceneCannotHold_IsSkippedAndEverythingElseIndexed()
    {
        await Apply(pairs: [Pair(new string('x', 40_000), "A bad pair about bilbyword."), Pair("good", "A good pair about quollword.")]);

        var updater = NewUpdater();
        var update = await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.True(update?.Rebuilt);
        var skipped = Assert.Single(updater.Skipped);
        Assert.Equal("qa:" + new string('x', 40_000), skipped.Key);
        Assert.Contains("40,000 characters", skipped.Value, StringComparison.Ordinal);
        Assert.Equal(["good"], Search("quollword"));
        Assert.Equal(["article:walking"], Search("wombatword"));
        Assert.Empty(Search("bilbyword"));
    }

    [Fact]
    public async Task Update_PairWhoseIdLuceneCannotHold_DoesNotStopLaterUpdates()
    {
        var updater = NewUpdater();
        await updater.UpdateAsync(false, null, CancellationToken.None);
        await Apply(pairs: Enumerable.Range(0, 20).Select(i => Pair($"p{i}", $"Filler {i}.")).ToList());
        await updater.UpdateAsync(false, null, CancellationToken.None);

        await Apply(pairs: [Pair(new string('y', 40_000), "A bad pair.")]);
        await updater.UpdateAsync(false, null, CancellationToken.None);
        await Apply(pairs: [Pair("after", "Imported after the bad one, mentions dunnartword.")]);
        await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.Equal(["after"], Search("dunnartword"));
        Assert.Equal(["article:walking"], Search("wombatword"));
        Assert.Equal(["qa:" + new string('y', 40_000)], updater.Skipped.Keys);
    }

    [Fact]
    public async Task Update_SkippedPairFixed_IsIndexedAndNoLongerListed()
    {
        var bad = new string('z', 40_000);
        await Apply(pairs: [Pair(bad, "Bad.")]);
        var updater = NewUpdater();
        await updater.UpdateAsync(false, null, CancellationToken.None);
        Assert.Single(updater.Skipped);

        await Apply(pairs: [Pair("fixed", "The fixed pair mentions potorooword.")]);
        await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.Equal(["fixed"], Search("potorooword"));
        Assert.Single(updater.Skipped); // the bad one is still bad, and still named
    }

    [Fact]
    public async Task Keeper_SkippedRecord_IsNamedInTheLogAndInItsList()
    {
        await Apply(pairs: [Pair(new string('w', 40_000), "Bad.")]);
        var logger = new ListLogger();
        var keeper = new SearchIndexKeeper(_store, _index, IndexFolder, logger, TimeProvider.System);

        await keeper.OnContentChangedAsync(1, CancellationToken.None);

        var skipped = Assert.Single(keeper.Skipped);
        Assert.StartsWith("qa:www", skipped.SourceKey, StringComparison.Ordinal);
        Assert.Contains(logger.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Text.Contains("qa:www", StringComparison.Ordinal));
        Assert.Equal(["article:walking"], Search("wombatword"));
    }

    [Fact]
    public async Task Keeper_IndexFilesRemovedUnderIt_RebuildsInsteadOfFailingForEver()
    {
        var keeper = new SearchIndexKeeper(_store, _index, IndexFolder, new ListLogger(), TimeProvider.System);
        await keeper.OnContentChangedAsync(1, CancellationToken.None);
        await Apply(pairs: Enumerable.Range(0, 10).Select(i => Pair($"f{i}", $"Filler {i}.")).ToList());
        await keeper.OnContentChangedAsync(2, CancellationToken.None);

        // Another program rewrites the folder: every segment file the keeper's writer knows of is gone.
        foreach (var file in Directory.GetFiles(IndexFolder).Where(f => !Path.GetFileName(f).EndsWith(".lock", StringComparison.Ordinal) && !f.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        await Apply(pairs: [Pair("late", "Imported after the files went, mentions antechinusword.")]);
        await keeper.OnContentChangedAsync(3, CancellationToken.None);
        await Apply(pairs: [Pair("later", "And another, mentions phascogaleword.")]);
        await keeper.OnContentChangedAsync(4, CancellationToken.None);

        Assert.Equal(["late"], Search("antechinusword"));
        Assert.Equal(["later"], Search("phascogaleword"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _index.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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

    private Task Apply(IReadOnlyList<Article>? articles = null, IReadOnlyList<QaPair>? pairs = null)
    {
        var batch = new ContentBatch();
        batch.Articles.AddRange(articles ?? []);
        batch.QaPairs.AddRange(pairs ?? []);
        return _store.ApplyAsync(batch);
    }

    private List<string> Search(string query) => _index.Search(query, 50).Hits.Select(h => h.Id).ToList();

    private sealed class ListLogger : Microsoft.Extensions.Logging.ILogger<SearchIndexKeeper>
    {
        public List<(Microsoft.Extensions.Logging.LogLevel Level, string Text)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            Lines.Add((logLevel, formatter(state, exception)));
        }
    }

    private static Article Article(string slug, string title, string body) => new()
    {
        Slug = slug,
        Title = title,
        Summary = title + ".",
        Body = body,
        Status = ArticleStatus.Published,
    };

    private static QaPair Pair(string id, string answer) => new()
    {
        Id = id,
        Source = "TEST",
        Focus = "Focus",
        QuestionType = "information",
        Question = "What is it?",
        Answer = answer,
        Licence = "CC BY 4.0",
    };
}
