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

        var update = await NewUpdater().UpdateAsync(false, null, CancellationToken.None);

        Assert.True(update?.Rebuilt);
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
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _index.Dispose();
        _store.Dispose();
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
