using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Search;
using Vertebra.Search.Semantic;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Indexing.Tests;

/// <summary>
/// Meaning vectors are computed once per text, kept in the database, and loaded (not computed) by a second index on the
/// same database; the semantic switch rebuilds the index without them.
/// </summary>
public sealed class MeaningVectorsTests : IAsyncLifetime, IDisposable
{
    private const int PairCount = 12;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vertebra-vectors-tests-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteContentStore _store;
    private readonly CountingEncoder _encoder = new(MiniLmEncoder.Shared);

    public MeaningVectorsTests() => _store = new SqliteContentStore(Path.Combine(_folder, "vertebra.db"));

    public async Task InitializeAsync()
    {
        await _store.MigrateAsync();
        var batch = new ContentBatch();
        batch.Articles.Add(new Article { Slug = "posture", Title = "Good posture", Summary = "Sit and lift well.", Body = "## Sitting\nUse a chair with lumbar support.\n", Status = ArticleStatus.Published });
        batch.QaPairs.AddRange(Enumerable.Range(0, PairCount).Select(i => Pair(i, $"What is focus {i}?")));
        await _store.ApplyAsync(batch);
    }

    [Fact]
    public async Task Rebuild_GivesEveryDocumentAVector_AndStoresEachTextOnce()
    {
        using var index = SearchIndex.Open(Path.Combine(_folder, "a"));

        var update = await Updater(index, "a").UpdateAsync(false, null, CancellationToken.None);

        Assert.True(update?.Rebuilt);
        Assert.Equal(index.Count, index.VectorCount);
        Assert.Equal(index.Count, _encoder.Texts);
        Assert.Equal(index.Count, (await _store.CountMeaningVectorsAsync()).Count);
    }

    [Fact]
    public async Task OnePairEdited_EncodesOnlyThatPairsText()
    {
        using var index = SearchIndex.Open(Path.Combine(_folder, "a"));
        var updater = Updater(index, "a");
        await updater.UpdateAsync(false, null, CancellationToken.None);
        var before = _encoder.Texts;

        await _store.ApplyAsync(new ContentBatch { QaPairs = { Pair(3, "Why are my feet so puffy?") } });
        var update = await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.False(update?.Rebuilt);
        Assert.Equal(1, _encoder.Texts - before);
        Assert.Equal("pair-3", new QuestionAnswerer(index, _encoder).Ask("swollen ankles and feet", 1).Answers[0].Id);
    }

    [Fact]
    public async Task SecondIndexOnTheSameDatabase_LoadsTheVectorsInsteadOfEncodingThem()
    {
        using var first = SearchIndex.Open(Path.Combine(_folder, "a"));
        await Updater(first, "a").UpdateAsync(false, null, CancellationToken.None);
        var encoded = _encoder.Texts;

        using var second = SearchIndex.Open(Path.Combine(_folder, "b"));
        var updater = Updater(second, "b");
        await updater.UpdateAsync(false, null, CancellationToken.None);

        Assert.Equal(encoded, _encoder.Texts);
        Assert.Equal(first.Count, second.VectorCount);
        Assert.Equal(0, updater.VectorsEncoded);
        Assert.Equal(first.Count, updater.VectorsLoaded);
    }

    [Fact]
    public async Task SemanticSwitchedOff_RebuildsTheIndexWithoutVectors_AndBackOnRestoresThemFromTheDatabase()
    {
        using var index = SearchIndex.Open(Path.Combine(_folder, "a"));
        await Updater(index, "a").UpdateAsync(false, null, CancellationToken.None);

        var off = await new SearchIndexUpdater(_store, index, Path.Combine(_folder, "a"), TimeProvider.System).UpdateAsync(false, null, CancellationToken.None);

        Assert.True(off?.Rebuilt);
        Assert.Equal("semantic matching was switched off", off?.RebuildReason);
        Assert.Equal(0, index.VectorCount);

        var encoded = _encoder.Texts;
        var on = await Updater(index, "a").UpdateAsync(false, null, CancellationToken.None);
        Assert.True(on?.Rebuilt);
        Assert.Equal(index.Count, index.VectorCount);
        Assert.Equal(encoded, _encoder.Texts);
    }

    private SearchIndexUpdater Updater(SearchIndex index, string name) =>
        new(_store, index, Path.Combine(_folder, name), TimeProvider.System, new MeaningVectors(_store, _encoder));

    private static QaPair Pair(int i, string question) => new()
    {
        Id = $"pair-{i}",
        Source = "TEST",
        Focus = $"Focus {i}",
        QuestionType = "information",
        Question = question,
        Answer = $"An answer about topic {i}.",
        Licence = "CC BY 4.0",
    };

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, true);
        }
    }

    /// <summary>The real encoder, counting the texts it is asked to encode.</summary>
    private sealed class CountingEncoder(ITextEncoder inner) : ITextEncoder
    {
        private int _texts;

        public int Texts => Volatile.Read(ref _texts);

        public string ModelId => inner.ModelId;

        public int Dimensions => inner.Dimensions;

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Interlocked.Add(ref _texts, texts.Count);
            return inner.Encode(texts, cancellationToken);
        }
    }
}
