using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Vertebra.Search.Tests;

/// <summary>
/// The index holds a Lucene writer only while it writes: between updates searches run on readers and the folder has no
/// Lucene write lock; a write that fails part-way leaves the index as it was.
/// </summary>
public sealed class IndexWriterLifetimeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vertebra-writer-lifetime-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, true);
        }
    }

    [Fact]
    public void Open_AndAfterEveryWrite_NoLuceneWriterIsLeftOpen()
    {
        using var index = SearchIndex.Open(_folder);
        using var directory = FSDirectory.Open(new DirectoryInfo(_folder));
        Assert.False(IndexWriter.IsLocked(directory));

        index.Rebuild(TestCorpus.Documents);
        Assert.False(IndexWriter.IsLocked(directory));

        index.Delete("gout-treat");
        Assert.False(IndexWriter.IsLocked(directory));
        Assert.Equal(TestCorpus.Documents.Count - 1, index.Count);
        Assert.True(index.IsCurrentFormat);
    }

    [Fact]
    public void Rebuild_ThatFailsPartWay_KeepsTheIndexAsItWas()
    {
        using var index = SearchIndex.Open(_folder);
        index.Rebuild(TestCorpus.Documents);
        var generation = index.Generation;

        Assert.Throws<IOException>(() => index.Rebuild(FailAfterOne()));

        Assert.Equal(TestCorpus.Documents.Count, index.Count);
        Assert.Equal(generation, index.Generation);
        index.Delete("no-such-document"); // the next write must not carry any of the failed one with it
        Assert.Equal(TestCorpus.Documents.Count, index.Count);
        Assert.Equal("gout-treat", new QuestionAnswerer(index).Ask("how is gout treated").Answers[0].Id);
        using var reopened = SearchIndex.OpenReadOnly(_folder);
        Assert.Equal(TestCorpus.Documents.Count, reopened.Count);
    }

    private static IEnumerable<SearchDocument> FailAfterOne()
    {
        yield return TestCorpus.Documents[0];
        throw new IOException("the store went away while the index was being rebuilt");
    }
}
