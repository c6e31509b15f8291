using System.Text.Json;
using Vertebra.Claims;
using Vertebra.Cli.Commands;
using Vertebra.Guidance;
using Vertebra.Tests.Shared;

namespace Vertebra.Cli.Tests;

public sealed class TriageAndCheckCommandTests
{
    private static readonly Lazy<GuidanceEngine> Engine = new(() => GuidanceEngine.Load(Path.Combine(RepositoryPaths.Content, "guidance")));
    private static readonly Lazy<ClaimChecker> Checker = new(() => ClaimChecker.Load(Path.Combine(RepositoryPaths.Content, "claims.yaml")));

    [Fact]
    public async Task TriageJson_OneCaseOnStdin_WritesOneResultObject()
    {
        var output = new StringWriter();
        var code = await TriageCommand.RunOneAsync(Engine.Value, new StringReader("""{"bladder_or_bowel_change": true}"""), json: true, output, TextWriter.Null, CancellationToken.None);
        Assert.Equal(0, code);
        using var result = JsonDocument.Parse(output.ToString());
        Assert.Equal("emergency", result.RootElement.GetProperty("triage").GetString());
    }

    [Fact]
    public async Task TriageText_PrintsWordsNotIds_AndKeepsTheEnginesMeaningForUnknownSigns()
    {
        var output = new StringWriter();
        var code = await TriageCommand.RunOneAsync(Engine.Value, new StringReader("""{"back_pain": true, "leg_pain": "both_legs", "onset_days": 7}"""), json: false, output, TextWriter.Null, CancellationToken.None);
        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("How urgent: emergency: go to an emergency department now", text, StringComparison.Ordinal);
        Assert.Contains("New pain, tingling, numbness or weakness in both legs", text, StringComparison.Ordinal);
        Assert.Contains("not yet clinically reviewed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("emergency_department", text, StringComparison.Ordinal);
        Assert.DoesNotContain("urn:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bladder_or_bowel_change", text, StringComparison.Ordinal);

        output = new StringWriter();
        await TriageCommand.RunOneAsync(Engine.Value, new StringReader("""{"back_pain": true, "onset_days": 3, "pain_score": 3}"""), json: false, output, TextWriter.Null, CancellationToken.None);
        Assert.Contains("How urgent: routine", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Not final", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TriageVignettes_PrintsTheMeasures()
    {
        var output = new StringWriter();
        var code = await TriageCommand.RunVignettesAsync(Engine.Value, Path.Combine(RepositoryPaths.Root, "tests", "Vertebra.Guidance.Tests", "Data", "own-vignettes.jsonl"), output, TextWriter.Null);
        Assert.Equal(0, code);
        Assert.Contains("emergency sensitivity:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("route accuracy:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TriageJson_UnknownField_FailsWithTheFieldNamed()
    {
        var error = new StringWriter();
        var code = await TriageCommand.RunOneAsync(Engine.Value, new StringReader("""{"colour": "blue"}"""), json: true, TextWriter.Null, error, CancellationToken.None);
        Assert.Equal(1, code);
        Assert.Contains("colour", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TriageBatch_GoodAndBadLines_OneOutputLinePerCaseInOrder()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(file, ["""{"saddle_numbness": true}""", """{"oops": 1}""", """{"back_pain": true, "onset_days": 3, "pain_score": 3}"""]);
        var output = new StringWriter();
        var code = await TriageCommand.RunBatchAsync(Engine.Value, file, output, TextWriter.Null, CancellationToken.None);
        File.Delete(file);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, code);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"triage\":\"emergency\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"error\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"triage\":", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TextWithClaims_ExplainsThemAndExitsWith3()
    {
        var output = new StringWriter();
        var code = await CheckCommand.RunAsync(Checker.Value, "A 300-year-old family formula gives a radical cure.", json: false, output, TextWriter.Null);
        Assert.Equal(3, code);
        Assert.Contains("Why:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ClaimOnTheSecondLine_IsShownAtLineAndColumn()
    {
        var output = new StringWriter();
        await CheckCommand.RunAsync(Checker.Value, "Our clinic.\r\nWe offer a radical cure.", json: false, output, TextWriter.Null);
        Assert.Matches(@"\] \w+ at 2:\d+: ", output.ToString());
    }

    [Theory]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 5, 2, 2)]
    [InlineData("a\n\nb", 3, 3, 1)]
    public void LineAndColumn_CountsLinesAndColumnsFromOne(string text, int offset, int line, int column) =>
        Assert.Equal((line, column), CheckCommand.LineAndColumn(text, offset));

    [Fact]
    public async Task TriageHelp_ListsTheFieldNames_AndSchemaPrintsTheShippedSchema()
    {
        var help = new StringWriter();
        await VertebraCommandLine.Create(help, TextWriter.Null).Parse(["triage", "--help"]).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = help });
        using var schema = JsonDocument.Parse(GuidanceSchemas.CaseFacts);
        foreach (var field in schema.RootElement.GetProperty("properties").EnumerateObject())
        {
            Assert.Contains(field.Name, help.ToString(), StringComparison.Ordinal);
        }

        var printed = new StringWriter();
        Assert.Equal(0, await VertebraCommandLine.Create(printed, TextWriter.Null).Parse(["triage", "--schema"]).InvokeAsync());
        Assert.Equal(GuidanceSchemas.CaseFacts.TrimEnd(), printed.ToString().TrimEnd());
    }

    [Fact]
    public async Task Check_Json_CleanTextHasNoFindings()
    {
        var output = new StringWriter();
        var code = await CheckCommand.RunAsync(Checker.Value, "Massage cannot push a herniated disc back into place.", json: true, output, TextWriter.Null);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
    }
}
