using System.CommandLine;
using System.Text.Json;
using Vertebra.Guidance;
using Vertebra.Settings;

namespace Vertebra.Cli.Commands;

/// <summary>
/// <c>vertebra triage --json</c> reads one case-facts JSON on standard input and writes one guidance-result JSON;
/// <c>--batch FILE.jsonl</c> reads one case a line and writes one result a line, in order.
/// </summary>
internal static class TriageCommand
{
    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var json = new Option<bool>("--json") { Description = "Write the result as JSON (the guidance-result schema)." };
        var batch = new Option<string?>("--batch") { Description = "A JSON-lines file of cases; one result line per case, in order." };
        var vignettes = new Option<string?>("--vignettes") { Description = "A JSON-lines file of cases with expected answers (id, facts, expected); prints triage, emergency sensitivity, under-triage, massage and route figures." };
        var schema = new Option<bool>("--schema") { Description = "Print the case-facts JSON schema shipped with the program (every field, its type and its values) and stop." };
        var content = CommonOptions.Content();
        var command = new Command("triage", Description())
        {
            json, batch, vignettes, schema, content,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(schema))
            {
                await output.WriteLineAsync(GuidanceSchemas.CaseFacts.TrimEnd()).ConfigureAwait(false);
                return 0;
            }

            var engine = await RuleLoading.LoadAsync<GuidanceEngine, GuidanceRuleException>(
                () => GuidanceEngine.Load(DataFolders.Guidance(CommonOptions.Bind(result).ContentDirectory)), "guidance rules", error).ConfigureAwait(false);
            if (engine is null)
            {
                return RuleLoading.BadRules;
            }

            if (result.GetValue(vignettes) is { } cases)
            {
                return await RunVignettesAsync(engine, cases, output, error).ConfigureAwait(false);
            }

            return result.GetValue(batch) is { } file
                ? await RunBatchAsync(engine, file, output, error, cancellationToken).ConfigureAwait(false)
                : await RunOneAsync(engine, input, result.GetValue(json), output, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The help text: what the command reads, and the case-facts field names from the shipped schema.</summary>
    internal static string Description()
    {
        using var document = JsonDocument.Parse(GuidanceSchemas.CaseFacts);
        var fields = document.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        return "Give spine guidance for case facts: one JSON object on standard input (or one a line with --batch), "
            + "for example {\"back_pain\": true, \"leg_pain\": \"one_leg\", \"onset_days\": 5}. Every field is optional; "
            + "a missing field means not asked. Fields: " + string.Join(", ", fields) + ". "
            + "--schema prints each field's type and allowed values.";
    }

    internal static async Task<int> RunOneAsync(GuidanceEngine engine, TextReader input, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var text = await input.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        CaseFacts facts;
        try
        {
            facts = CaseFactsJson.Parse(text);
        }
        catch (CaseFactsException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }

        var guidance = engine.Evaluate(facts);
        if (json)
        {
            await output.WriteLineAsync(GuidanceResultJson.Serialize(guidance)).ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync(GuidanceText.Describe(engine, facts, guidance)).ConfigureAwait(false);
        }

        return 0;
    }

    internal static async Task<int> RunVignettesAsync(GuidanceEngine engine, string file, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"{file}: the file does not exist.").ConfigureAwait(false);
            return 1;
        }

        VignetteReportResult report;
        try
        {
            report = VignetteReport.Run(engine, file);
        }
        catch (FormatException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }

        await output.WriteAsync(report.ToText()).ConfigureAwait(false);
        return 0;
    }

    internal static async Task<int> RunBatchAsync(GuidanceEngine engine, string file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!await JsonLinesFile.ExistsAsync(file, error).ConfigureAwait(false))
        {
            return 1;
        }

        var failures = 0;
        foreach (var (lineNumber, line) in JsonLinesFile.Lines(file, cancellationToken))
        {
            try
            {
                await output.WriteLineAsync(GuidanceResultJson.Serialize(engine.Evaluate(CaseFactsJson.Parse(line)))).ConfigureAwait(false);
            }
            catch (CaseFactsException ex)
            {
                // Keep one output line per input line, so results stay aligned with their cases.
                failures++;
                await output.WriteLineAsync(JsonSerializer.Serialize(new { error = ex.Message, line = lineNumber })).ConfigureAwait(false);
                await error.WriteLineAsync($"{file}, line {lineNumber}: {ex.Message}").ConfigureAwait(false);
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
