using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Vertebra.Search.Indexing;

namespace Vertebra.Search.Tests;

public sealed class ReplaceSourcesTests
{
    [Fact]
    public void ReplaceSources_ChangedArticle_ReplacesAllItsSectionsAndLeavesTheRest()
    {
        using var index = TestCorpus.CreateIndex();
        index.ReplaceSources([], Article("posture", ("Sitting", "Use a chair with lumbar support."), ("Lifting", "Bend your knees, quokkaword.")));
        var before = index.Count;

        var added = index.ReplaceSources([], Article("posture", ("Sitting", "Use a wallabyword chair.")));

        Assert.Equal(2, added);
        Assert.Equal(before - 1, index.Count);
        Assert.Empty(index.Search("quokkaword").Hits);
        Assert.Equal(["article:posture", "article:posture#sitting"], index.Search("wallabyword").Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Contains(index.Search("herniated disc").Hits, h => h.Id == "hd-info");
    }

    [Fact]
    public void ReplaceSources_RemovedSource_DisappearsFromSearch()
    {
        using var index = TestCorpus.CreateIndex();
        index.ReplaceSources([], Article("posture", ("Sitting", "Use a wallabyword chair.")));

        index.ReplaceSources(["source:posture", "source:never-indexed"], []);

        Assert.Empty(index.Search("wallabyword").Hits);
        Assert.Equal(TestCorpus.Documents.Count, index.Count);
    }

    [Fact]
    public void ReplaceSources_DocumentWithoutSourceKey_IsItsOwnSource()
    {
        using var index = TestCorpus.CreateIndex();
        var changed = TestCorpus.Documents.Single(d => d.Id == "gout-treat") with { Body = "Colchicine helps quickly." };

        index.ReplaceSources([], [changed]);
        index.ReplaceSources(["sci-symp"], []);

        Assert.Equal(TestCorpus.Documents.Count - 1, index.Count);
        Assert.Equal(["gout-treat"], index.Search("colchicine").Hits.Select(h => h.Id));
        Assert.DoesNotContain(index.Search("uric acid").Hits, h => h.Id == "gout-treat");
        Assert.DoesNotContain(index.Search("numbness").Hits, h => h.Id == "sci-symp");
    }

    [Fact]
    public void ReplaceSources_FocusEditedAway_LeavesTheVocabularyOfTheNewSnapshotOnly()
    {
        using var index = TestCorpus.CreateIndex();
        Assert.True(index.WithSearcher((_, v) => v.SpellDocFreq("kyphosis") > 0 && v.Foci.Values.Any(f => f.Display == "Kyphosis")));

        var replaced = TestCorpus.Documents.Where(d => d.Focus == "Kyphosis")
            .Select(d => d with { Focus = "Spondylolisthesis", Title = "What is (are) Spondylolisthesis ?", Body = "One vertebra slips forward over the one below." })
            .ToList();
        index.ReplaceSources([], replaced);

        index.WithSearcher((_, v) =>
        {
            Assert.Contains(v.Foci.Values, f => f.Display == "Spondylolisthesis");
            Assert.DoesNotContain(v.Foci.Values, f => f.Display == "Kyphosis");
            Assert.Equal(0, v.SpellDocFreq("kyphosis"));
            Assert.False(v.IsKnownStem("kyphosis"));
            Assert.DoesNotContain(v.SpellCandidates.Values.SelectMany(l => l), c => c.Word == "kyphosis");
            Assert.Equal(replaced.Count, v.SpellDocFreq("spondylolisthesis"));
            return 0;
        });
    }

    [Fact]
    public void Generation_ChangesWithEveryWriteButNotWithoutOne()
    {
        using var index = SearchIndex.CreateInMemory();
        var seen = new List<long> { index.Generation };

        index.Rebuild(TestCorpus.Documents);
        seen.Add(index.Generation);
        index.ReplaceSources(["gout-treat"], []);
        seen.Add(index.Generation);
        index.ReplaceSources([], []);
        var unchanged = index.Generation;
        index.Upsert(TestCorpus.Documents[0]);
        seen.Add(index.Generation);
        index.Delete("hd-info");
        seen.Add(index.Generation);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(seen[2], unchanged);
    }

    [Fact]
    public void IsCurrentFormat_NewIndex_IsTrueAndSurvivesReopening()
    {
        var folder = NewFolder();
        try
        {
            using (var index = SearchIndex.Open(folder))
            {
                Assert.True(index.IsCurrentFormat);
                index.Rebuild(TestCorpus.Documents);
                index.ReplaceSources(["gout-treat"], []);
            }

            using var reopened = SearchIndex.Open(folder);
            Assert.True(reopened.IsCurrentFormat);
            Assert.Equal(TestCorpus.Documents.Count - 1, reopened.Count);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void IsCurrentFormat_IndexWrittenByAnOlderVersion_IsFalseUntilRebuilt()
    {
        var folder = NewFolder();
        try
        {
            WriteOldStyleIndex(folder);
            using (var old = SearchIndex.Open(folder))
            {
                Assert.Equal(1, old.Count);
                Assert.False(old.IsCurrentFormat);
                old.Rebuild(TestCorpus.Documents);
                Assert.True(old.IsCurrentFormat);
            }

            using var reopened = SearchIndex.Open(folder);
            Assert.True(reopened.IsCurrentFormat);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static List<SearchDocument> Article(string slug, params (string Heading, string Text)[] sections)
    {
        var source = "source:" + slug;
        var docs = new List<SearchDocument>
        {
            new() { Id = "article:" + slug, SourceKey = source, Kind = SearchDocumentKind.Article, Title = "Posture", Body = string.Join(' ', sections.Select(s => s.Text)) },
        };
        docs.AddRange(sections.Select(s => new SearchDocument
        {
            Id = $"article:{slug}#{s.Heading.ToLowerInvariant()}",
            SourceKey = source,
            Kind = SearchDocumentKind.ArticleSection,
            Title = "Posture: " + s.Heading,
            Body = s.Text,
        }));
        return docs;
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "vertebra-search-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>An index as Vertebra wrote it before documents recorded their source: no format in the commit.</summary>
    private static void WriteOldStyleIndex(string folder)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(folder));
        using var analyzer = Analyzers.CreateSearch();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.Version, analyzer));
        writer.AddDocument(new Document { new StringField(SearchFields.Id, "old", Field.Store.YES), new TextField(SearchFields.Title, "Old document", Field.Store.YES) });
        writer.Commit();
    }
}
