using Vertebra.Cli.Commands;
using Vertebra.Search;

namespace Vertebra.Cli.Tests;

public sealed class AskCommandTests
{
    private static QuestionAnswerer SmallAnswerer()
    {
        var index = SearchIndex.CreateInMemory();
        index.Rebuild(
        [
            new SearchDocument { Id = "NINDS_0000001_Sec1.txt", Title = "What is sciatica?", Focus = "Sciatica", QType = "information", Body = "Sciatica is pain that runs down the leg from the lower back.", Source = "NINDS" },
            new SearchDocument { Id = "NINDS_0000001_Sec2.txt", Title = "What are the treatments for sciatica?", Focus = "Sciatica", QType = "treatment", Body = "Keep active; exercises and pain relief help most people.", Source = "NINDS" },
            new SearchDocument { Id = "GHR_0000002_Sec1.txt", Title = "What is scoliosis?", Focus = "Scoliosis", QType = "information", Body = "Scoliosis is a sideways curve of the spine.", Source = "GHR" },
        ]);
        return new QuestionAnswerer(index);
    }

    [Fact]
    public async Task Batch_TrecFormat_WritesOneRunLinePerAnswerWithRanksFromOne()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(file, ["""{"qid": "7", "question": "how is sciatica treated"}""", """{"qid": 8, "question": "curved spine"}"""]);
        var output = new StringWriter();
        var code = await AskCommand.RunBatchAsync(SmallAnswerer(), file, 2, trec: true, output, TextWriter.Null, CancellationToken.None);
        File.Delete(file);
        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^\d+ Q0 \S+_Sec\d+\.txt [12] -?\d+\.\d{4} vertebra$", l));
        Assert.StartsWith("7 Q0 NINDS_0000001_Sec2.txt 1 ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_LineWithoutQid_FailsNamingTheLine()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(file, ["""{"question": "sciatica"}"""]);
        var error = new StringWriter();
        var code = await AskCommand.RunBatchAsync(SmallAnswerer(), file, 2, trec: true, TextWriter.Null, error, CancellationToken.None);
        File.Delete(file);
        Assert.Equal(1, code);
        Assert.Contains("line 1", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_OneQuestion_PrintsAnswerAndSource()
    {
        var output = new StringWriter();
        await AskCommand.WriteAnswerAsync(SmallAnswerer().Ask("what is scoliosis", 3), output);
        Assert.Contains("sideways curve", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Source:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_OneQuestion_ListsTheOtherAnswersUpToTop()
    {
        var output = new StringWriter();
        await AskCommand.WriteAnswerAsync(SmallAnswerer().Ask("sciatica or scoliosis", 2), output);

        Assert.Contains("More answers:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("  2. ", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("  3. ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Typo_SaysWhatItSearchedFor()
    {
        var output = new StringWriter();
        await AskCommand.WriteAnswerAsync(SmallAnswerer().Ask("what is scolosis", 3), output);

        Assert.StartsWith("Did you mean: scoliosis?", output.ToString(), StringComparison.Ordinal);
    }
}
