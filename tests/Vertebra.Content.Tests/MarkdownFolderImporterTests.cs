using System.Text;
using Vertebra.Content.Import;
using Vertebra.Content.Tests.Support;

namespace Vertebra.Content.Tests;

public sealed class MarkdownFolderImporterTests
{
    private const string Topics = "topics:\n  - slug: known-topic\n    title: Known topic\n    articles: [first, missing-one]\n";

    [Fact]
    public void Read_SmallFolder_ReadsArticlesInFileOrderAndNotesMissingTopicEntries()
    {
        using var temp = new TempFolder();
        temp.Write("topics.yaml", Topics);
        temp.Write("articles/b.md", Samples.Minimal("second", "topics: [known-topic]\n"));
        temp.Write("articles/a.md", Samples.Minimal("first", "topics: [known-topic]\n"));
        temp.Write("articles/README.md", "Not an article.");

        var batch = MarkdownFolderImporter.Read(temp.Path, KnownIds.None);

        Assert.Equal(["first", "second"], batch.Articles.Select(a => a.Slug));
        Assert.Equal("known-topic", Assert.Single(batch.Topics).Slug);
        var skip = Assert.Single(batch.Skipped);
        Assert.Contains("missing-one", skip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownTopic_NamesFileAndTheTopicsLine()
    {
        using var temp = new TempFolder();
        temp.Write("topics.yaml", Topics);
        var path = temp.Write("articles/a.md", Samples.Minimal("first", "topics: [known-topic, no-such-topic]\n"));

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Equal(path, error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("no-such-topic", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}, line 5:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TopicKnownToTheStore_IsAccepted()
    {
        using var temp = new TempFolder();
        temp.Write("articles/a.md", Samples.Minimal("first", "topics: [stored-topic]\nconditions: [stored-condition]\n"));
        var known = new KnownIds(new HashSet<string> { "stored-topic" }, new HashSet<string> { "stored-condition" }, new HashSet<string>());

        var batch = MarkdownFolderImporter.Read(temp.Path, known);

        Assert.Equal(["stored-topic"], Assert.Single(batch.Articles).Topics);
    }

    [Fact]
    public void Read_UnknownCondition_NamesFileAndTheConditionsLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("articles/a.md", Samples.Minimal("first", "conditions: [lumbago-of-doom]\n"));

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Equal(path, error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("lumbago-of-doom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateSlug_NamesTheSecondFileItsSlugLineAndTheFirstFile()
    {
        using var temp = new TempFolder();
        var first = temp.Write("articles/a.md", Samples.Minimal("same-slug"));
        var second = temp.Write("articles/nested/b.md", Samples.Minimal("same-slug"));

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Equal(second, error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("same-slug", error.Message, StringComparison.Ordinal);
        Assert.Contains(first, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_NamesFileAndLine()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Samples.Minimal(body: "Line seven is fine.") + "Line eight has "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" in it.\n")];
        var path = temp.WriteBytes("articles/bad.md", bytes);

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Equal(path, error.File);
        Assert.Equal(8, error.Line);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n\t")]
    public void Read_EmptyFile_NamesTheFile(string text)
    {
        using var temp = new TempFolder();
        var path = temp.Write("articles/empty.md", text);

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Equal(path, error.File);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_IsRefusedBeforeReading()
    {
        using var temp = new TempFolder();
        var path = temp.Write("articles/big.md", Samples.Minimal(body: new string('x', 2000)));

        var error = Assert.Throws<ContentImportException>(() =>
            MarkdownFolderImporter.Read(temp.Path, KnownIds.None, new ImportLimits { MaxFileBytes = 1024 }));

        Assert.Equal(path, error.File);
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileWithinTheSizeLimit_IsRead()
    {
        using var temp = new TempFolder();
        temp.Write("articles/small.md", Samples.Minimal());

        var batch = MarkdownFolderImporter.Read(temp.Path, KnownIds.None, new ImportLimits { MaxFileBytes = 1024 });

        Assert.Single(batch.Articles);
    }

    [Fact]
    public void Read_MissingFolder_SaysSo()
    {
        var missing = Path.Combine(Path.GetTempPath(), "vertebra-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(missing, KnownIds.None));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ByteOrderMarkAndWindowsLineEndings_AreAccepted()
    {
        using var temp = new TempFolder();
        var text = Samples.Minimal().Replace("\n", "\r\n", StringComparison.Ordinal);
        temp.WriteBytes("articles/a.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var article = Assert.Single(MarkdownFolderImporter.Read(temp.Path, KnownIds.None).Articles);

        Assert.Equal("minimal-article", article.Slug);
        Assert.Equal("Some body text.\n", article.Body);
    }

    [Fact]
    public void Read_ConditionNamingAnUnknownClinic_IsRefusedWithTheFileName()
    {
        using var temp = new TempFolder();
        var path = temp.Write("conditions.yaml",
            "groups:\n  - id: degenerative\n    name: Degenerative\nconditions:\n  - id: sciatica\n    name: Sciatica\n    icd10: M54.3\n    group: degenerative\n    clinic: nowhere-clinic\n    description: Leg pain.\n");

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Equal(path, error.File);
        Assert.Contains("nowhere-clinic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ConditionWithABadIcd10Code_IsRefusedWithTheLine()
    {
        using var temp = new TempFolder();
        temp.Write("clinics.yaml", "clinics:\n  - id: spine\n    name: Spine\n    treats: Backs.\n    appointment: Book.\n");
        var path = temp.Write("conditions.yaml",
            "groups:\n  - id: degenerative\n    name: Degenerative\nconditions:\n  - id: sciatica\n    name: Sciatica\n    icd10: M5x\n    group: degenerative\n    clinic: spine\n    description: Leg pain.\n");

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Equal(path, error.File);
        Assert.Equal(7, error.Line);
        Assert.Contains("ICD-10", error.Message, StringComparison.Ordinal);
    }
}
