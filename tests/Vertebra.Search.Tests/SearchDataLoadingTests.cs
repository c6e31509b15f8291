using Vertebra.Tests.Shared;

namespace Vertebra.Search.Tests;

/// <summary>
/// The query-understanding data (content/search) loads strictly: nothing malformed is skipped and nothing missing is
/// replaced by the copy shipped in the assembly; the message names the file and the line.
/// </summary>
public sealed class SearchDataLoadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vertebra-search-data-").FullName;

    public SearchDataLoadingTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "search"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadFrom_TheBundledFolder_Loads()
    {
        var knowledge = QueryKnowledge.LoadFrom(_folder);

        Assert.Equal("CAUSE", knowledge.LiveQaLabel("causes"));
    }

    [Fact]
    public void LoadFrom_AGroupWithOneName_StopsNamingFileAndLine()
    {
        var (path, line) = Edit("synonyms.yaml", "  - [syringomyelia, syrinx]", "  - [syringomyelia]");

        var ex = Assert.Throws<SearchDataException>(() => QueryKnowledge.LoadFrom(_folder));

        Assert.StartsWith($"{path}:{line}: each group is a list of two or more names", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFrom_AGroupThatIsNotAList_StopsNamingFileAndLine()
    {
        var (path, line) = Edit("abbreviations.yaml", "  - [body mass index, bmi]", "  - body mass index");

        var ex = Assert.Throws<SearchDataException>(() => QueryKnowledge.LoadFrom(_folder));

        Assert.StartsWith($"{path}:{line}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFrom_ANameWithNoWord_StopsNamingFileAndLine()
    {
        var (path, line) = Edit("synonyms.yaml", "  - [syringomyelia, syrinx]", "  - [syringomyelia, \"!!!\"]");

        var ex = Assert.Throws<SearchDataException>(() => QueryKnowledge.LoadFrom(_folder));

        Assert.StartsWith($"{path}:{line}: the name '!!!' has no word", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFrom_BrokenYaml_StopsNamingFileAndLine()
    {
        var (path, line) = Edit("synonyms.yaml", "  - [syringomyelia, syrinx]", "  - [syringomyelia, syrinx");

        var ex = Assert.Throws<SearchDataException>(() => QueryKnowledge.LoadFrom(_folder));

        Assert.StartsWith(path + ":", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Line is null || ex.Line >= line, $"line {ex.Line} is before the broken line {line}");
    }

    [Fact]
    public void LoadFrom_AnUnknownChatterList_StopsNamingFileAndLine()
    {
        var (path, line) = Edit("chatter.yaml", "greetings: [", "greetngs: [");

        var ex = Assert.Throws<SearchDataException>(() => QueryKnowledge.LoadFrom(_folder));

        Assert.StartsWith($"{path}:{line}: unknown list 'greetngs'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFrom_AQuestionTypeWithAnUnknownKey_StopsNamingFileAndLine()
    {
        var (path, line) = Edit("question-types.yaml", "  liveqa: CAUSE", "  liveqa: CAUSE\n  cue: [cause]");

        var ex = Assert.Throws<SearchDataException>(() => QueryKnowledge.LoadFrom(_folder));

        Assert.StartsWith($"{path}:{line + 1}: the question type 'causes' has an unknown key 'cue'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFrom_AMissingFile_StopsInsteadOfUsingTheShippedCopy()
    {
        var path = Path.Combine(_folder, "abbreviations.yaml");
        File.Delete(path);

        var ex = Assert.Throws<SearchDataException>(() => QueryKnowledge.LoadFrom(_folder));

        Assert.StartsWith(path + ": the file is missing", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Replaces a line's text in the copy of a bundled file (checking it was there) and gives the path and that line's number.</summary>
    private (string Path, int Line) Edit(string file, string from, string to)
    {
        var path = Path.Combine(_folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        var line = text[..text.IndexOf(from, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return (path, line);
    }
}
