using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vertebra.Content.Import;
using Vertebra.Search;

namespace Vertebra.Cli.Commands;

/// <summary>
/// <c>vertebra ask "question"</c> prints the best answer with its source;
/// <c>--batch FILE.jsonl --top 10 --format trec</c> writes TREC run lines <c>QID Q0 ANSWERID RANK SCORE vertebra</c>.
/// </summary>
internal static class AskCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var question = new Argument<string?>("question") { Description = "Your question, in your own words.", Arity = ArgumentArity.ZeroOrOne };
        var batch = new Option<string?>("--batch") { Description = "A JSON-lines file of {\"qid\", \"question\"} objects." };
        var top = new Option<int>("--top") { Description = "How many answers per question (1 to 100).", DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "text (default) or trec (for --batch).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "trec");
        var data = CommonOptions.Data();
        var content = CommonOptions.Content();
        var database = CommonOptions.Database();
        var semantic = CommonOptions.Semantic();
        var command = new Command("ask", "Answer a question from our articles and the trusted NIH answers.") { question, batch, top, format, data, content, database, semantic };
        command.SetAction(async (result, cancellationToken) =>
        {
            var n = result.GetValue(top);
            if (n is < 1 or > 100)
            {
                await error.WriteLineAsync("--top must be from 1 to 100.").ConfigureAwait(false);
                return 1;
            }

            var settings = CommonOptions.Bind(result);
            var (store, _) = await DatabaseOption.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
            await using var owned = store as IAsyncDisposable;
            SearchIndexes.OpenedIndex opened;
            Vertebra.Search.Semantic.ITextEncoder? encoder;
            try
            {
                encoder = SemanticOption.Encoder(settings);
                opened = await SearchIndexes.OpenCurrentAsync(store, settings, forceRebuild: false, error, cancellationToken,
                    SemanticOption.Vectors(encoder, store)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or Vertebra.Search.SearchDataException)
            {
                await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 1;
            }

            using (opened)
            {
                var answerer = new QuestionAnswerer(opened.Index, encoder);
                if (result.GetValue(batch) is { } file)
                {
                    return await RunBatchAsync(answerer, file, n, result.GetValue(format) == "trec", output, error, cancellationToken).ConfigureAwait(false);
                }

                if (string.IsNullOrWhiteSpace(result.GetValue(question)))
                {
                    await error.WriteLineAsync("Give a question, or --batch FILE.jsonl.").ConfigureAwait(false);
                    return 1;
                }

                await WriteAnswerAsync(answerer.Ask(result.GetValue(question), n), output).ConfigureAwait(false);
                return 0;
            }
        });
        return command;
    }

    internal static async Task<int> RunBatchAsync(QuestionAnswerer answerer, string file, int top, bool trec, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!await JsonLinesFile.ExistsAsync(file, error).ConfigureAwait(false))
        {
            return 1;
        }

        foreach (var (line, text) in JsonLinesFile.Lines(file, cancellationToken))
        {
            string qid;
            string question;
            try
            {
                using var json = JsonDocument.Parse(text);
                qid = json.RootElement.GetProperty("qid").ToString();
                question = json.RootElement.GetProperty("question").GetString() ?? "";
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                await error.WriteLineAsync($"{file}, line {line}: each line needs \"qid\" and \"question\" ({ex.Message}).").ConfigureAwait(false);
                return 1;
            }

            var result = answerer.Ask(question, top);
            for (var rank = 0; rank < result.Answers.Count; rank++)
            {
                var a = result.Answers[rank];
                await output.WriteLineAsync(trec
                    ? string.Create(CultureInfo.InvariantCulture, $"{qid} Q0 {a.Id} {rank + 1} {a.Score:F4} vertebra")
                    : $"{qid}\t{rank + 1}\t{a.Id}\t{a.Question}").ConfigureAwait(false);
            }
        }

        return 0;
    }

    internal static async Task WriteAnswerAsync(AnswerResult result, TextWriter output)
    {
        var interpretation = result.Interpretation;
        foreach (var note in new[] { interpretation.Truncated ? $"Your question was long, so we used only its first {QuestionAnswerer.MaxQuestionLength:N0} characters." : null, interpretation.DidYouMean, interpretation.ShowingResultsFor, interpretation.AlsoSearchedFor })
        {
            if (note is not null)
            {
                await output.WriteLineAsync(note).ConfigureAwait(false);
            }
        }

        if (result.Answers.Count == 0)
        {
            await output.WriteLineAsync(result.EmptyReason ?? "We found no answer.").ConfigureAwait(false);
            return;
        }

        // The answer shown first has text; a pair whose source withheld its answer is listed with the others.
        var best = result.Answers.FirstOrDefault(a => a.Answer.Length > 0) ?? result.Answers[0];
        await output.WriteLineAsync(best.Question).ConfigureAwait(false);
        await output.WriteLineAsync(best.Answer.Length > 0 ? best.Answer : "(The source has not shared its answer text; read it at the link below.)").ConfigureAwait(false);
        await output.WriteLineAsync($"Source: {MedQuadSources.DisplayName(best.Source)} {best.Url} (answer id {best.Id})").ConfigureAwait(false);
        var others = result.Answers.Where(a => !ReferenceEquals(a, best)).ToList();
        if (others.Count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("More answers:").ConfigureAwait(false);
            for (var i = 0; i < others.Count; i++)
            {
                var a = others[i];
                await output.WriteLineAsync($"{i + 2,3}. {a.Question} ({MedQuadSources.DisplayName(a.Source)}, {a.Url})").ConfigureAwait(false);
            }
        }
    }
}
