namespace Vertebra.Search.Tests;

/// <summary>
/// The command line reads an index the running site writes (issue 19, finding 13): a read-only index searches the
/// writer's last commit, takes no write lock and refuses to write.
/// </summary>
public sealed class ReadOnlyIndexTests
{
    [Fact]
    public void OpenReadOnly_WhileAWriterHasItOpen_SearchesItsLastCommitAndNeverWrites()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vertebra-readonly-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var writer = SearchIndex.Open(folder);
            writer.Rebuild(TestCorpus.Documents);
            var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();

            using var reader = SearchIndex.OpenReadOnly(folder);

            Assert.True(reader.IsReadOnly);
            Assert.True(reader.IsCurrentFormat);
            Assert.Equal(TestCorpus.Documents.Count, reader.Count);
            Assert.Equal("gout-treat", new QuestionAnswerer(reader).Ask("how is gout treated").Answers[0].Id);
            Assert.Throws<InvalidOperationException>(() => reader.Rebuild(TestCorpus.Documents));
            Assert.Equal(files, Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
