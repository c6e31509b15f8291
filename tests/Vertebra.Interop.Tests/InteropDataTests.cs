using Vertebra.Content.Import;
using Vertebra.Tests.Shared;

namespace Vertebra.Interop.Tests;

/// <summary>
/// The interoperability data (content/interop) is read strictly at start-up: a missing file or a malformed entry stops
/// the start with a message naming the file and line, never a silent fallback.
/// </summary>
public sealed class InteropDataTests : IDisposable
{
    private static readonly string Bundled = Path.Combine(RepositoryPaths.Content, "interop");
    private static readonly string Articles = Path.Combine(RepositoryPaths.Content, "articles");
    private readonly string _folder = Directory.CreateTempSubdirectory("vertebra-interop-").FullName;

    public InteropDataTests()
    {
        foreach (var file in Directory.GetFiles(Bundled))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_TheBundledData_ReadsEveryAliasAndTheCardSources()
    {
        var data = InteropData.Load(Bundled, Articles);

        Assert.Equal(11, data.Icd10Aliases.Count);
        Assert.Contains(data.Icd10Aliases, a => a is { Code: "M54.3", ConditionId: "lumbar-disc-herniation" });
        Assert.Equal("NICE NG59 (low back pain and sciatica)", data.Cards.Guideline);
        Assert.StartsWith("https://www.nice.org.uk/", data.Cards.GuidelineUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryAlias_NamesAConditionOfTheBundledCatalogue()
    {
        var conditions = MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None).Conditions.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(InteropData.Load(Bundled, Articles).Icd10Aliases, a => Assert.Contains(a.ConditionId, conditions));
    }

    [Fact]
    public void Load_AnAliasWithoutACode_StopsNamingFileAndLine()
    {
        var path = Edit(InteropData.Icd10AliasesFile, "  - code: G93.5\n", "  - code: \"\"\n");

        var ex = Assert.Throws<InteropDataException>(() => InteropData.Load(_folder, Articles));

        Assert.StartsWith($"{path}:{LineOf(path, "code: \"\"")}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AnAliasWhoseCodeIsNotAnIcd10Code_StopsNamingFileAndLine()
    {
        var path = Edit(InteropData.Icd10AliasesFile, "  - code: C79.4\n", "  - code: back pain\n");

        var ex = Assert.Throws<InteropDataException>(() => InteropData.Load(_folder, Articles));

        Assert.StartsWith($"{path}:{LineOf(path, "code: back pain")}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'back pain' is not an ICD-10 code", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AnAliasWithAnUnknownKey_StopsNamingFileAndLine()
    {
        var path = Edit(InteropData.Icd10AliasesFile, "    condition: chiari-malformation", "    condtion: chiari-malformation");

        var ex = Assert.Throws<InteropDataException>(() => InteropData.Load(_folder, Articles));

        Assert.StartsWith($"{path}:{LineOf(path, "condtion:")}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown key 'condtion'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ACardLinkToAMissingArticle_StopsNamingFileAndLine()
    {
        var path = Edit(InteropData.CardSourcesFile, "traction: traction-for-back-pain-and-sciatica", "traction: traction-that-was-deleted");

        var ex = Assert.Throws<InteropDataException>(() => InteropData.Load(_folder, Articles));

        Assert.StartsWith($"{path}:{LineOf(path, "traction-that-was-deleted")}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no article 'traction-that-was-deleted'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ACardSourceThatIsNotHttps_StopsNamingFileAndLine()
    {
        var path = Edit(InteropData.CardSourcesFile, "red_flags_url: https://", "red_flags_url: http://");

        var ex = Assert.Throws<InteropDataException>(() => InteropData.Load(_folder, Articles));

        Assert.StartsWith($"{path}:{LineOf(path, "red_flags_url:")}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AMissingFile_StopsNamingTheFile()
    {
        var path = Path.Combine(_folder, InteropData.CardSourcesFile);
        File.Delete(path);

        var ex = Assert.Throws<InteropDataException>(() => InteropData.Load(_folder, Articles));

        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Replaces text in the copy of a bundled file, checking the text was there, and returns the copy's path.</summary>
    private string Edit(string file, string from, string to)
    {
        var path = Path.Combine(_folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return path;
    }

    private static int LineOf(string path, string text) =>
        File.ReadLines(path).Select((line, index) => (line, index)).First(x => x.line.Contains(text, StringComparison.Ordinal)).index + 1;
}
