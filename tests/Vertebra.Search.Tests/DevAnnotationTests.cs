using System.IO.Compression;
using System.Text.Json;
using Xunit.Abstractions;

namespace Vertebra.Search.Tests;

/// <summary>Builds the full MedQuAD index once for the dev-annotation tests (skipped without shared data).</summary>
public sealed class MedQuadFixture : IDisposable
{
    public MedQuadFixture()
    {
        if (SharedData.Folder is null)
        {
            return;
        }

        Index = SearchIndex.CreateInMemory();
        Index.Rebuild(ReadCorpus());
        Questions = File.ReadLines(SharedData.Path("liveqa", "dev-questions.jsonl"))
            .Select(l => JsonSerializer.Deserialize<DevQuestion>(l, Options)!)
            .ToList();
        Qrels = File.ReadLines(SharedData.Path("liveqa", "dev-qrels.txt"))
            .Select(l => l.Split(' '))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.GroupBy(p => p[2]).ToDictionary(a => a.Key, a => a.Max(p => p[1][0] - '0')));
    }

    internal static JsonSerializerOptions Options { get; } = new() { PropertyNameCaseInsensitive = true };

    internal SearchIndex? Index { get; }

    internal IReadOnlyList<DevQuestion> Questions { get; } = [];

    internal IReadOnlyDictionary<string, Dictionary<string, int>> Qrels { get; } = new Dictionary<string, Dictionary<string, int>>();

    public void Dispose() => Index?.Dispose();

    private static IEnumerable<SearchDocument> ReadCorpus()
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(SharedData.Path("medquad", "corpus.jsonl.gz")), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            var p = JsonSerializer.Deserialize<Pair>(line, Options)!;
            yield return new SearchDocument { Id = p.Id, Title = p.Question, Focus = p.Focus, QType = p.QType, Body = p.Answer, Url = p.Url, Source = p.Source };
        }
    }

    internal sealed record Pair(string Id, string Source, string Focus, string QType, string Question, string Answer, string Url);

    internal sealed record DevQuestion(string Qid, string Subject, string Message, List<string> Focus, List<string> Types);
}

public sealed class DevAnnotationTests(MedQuadFixture fixture, ITestOutputHelper output) : IClassFixture<MedQuadFixture>
{
    [SharedDataFact]
    public void QuestionAnalysis_OnDevAnnotations_ReportsFocusAndTypeAccuracy()
    {
        var answerer = new QuestionAnswerer(fixture.Index!);
        int focus = 0, type = 0;
        foreach (var q in fixture.Questions)
        {
            // The input is what the person wrote; the annotations are only used to score.
            var interpretation = answerer.Ask(q.Subject + " " + q.Message).Interpretation;
            if (interpretation.Focus.Count > 0 && q.Focus.Any(g => Agrees(g, interpretation.Focus[0])))
            {
                focus++;
            }

            if (q.Types.Contains(fixture.Index!.Knowledge.LiveQaLabel(interpretation.QuestionType) ?? ""))
            {
                type++;
            }
        }

        var n = fixture.Questions.Count;
        output.WriteLine($"Focus accuracy {focus}/{n} = {(double)focus / n:P0}; main type accuracy {type}/{n} = {(double)type / n:P0}");
        Assert.Equal(52, n);
        Assert.True(type >= n / 2, $"Type accuracy fell to {type}/{n}.");
        Assert.True(focus >= n / 4, $"Focus accuracy fell to {focus}/{n}.");
    }

    [SharedDataFact]
    public void Ask_OnDevQuestions_AverageScoreStaysAboveTwiceTheBaseline()
    {
        var answerer = new QuestionAnswerer(fixture.Index!);
        var total = 0.0;
        foreach (var q in fixture.Questions)
        {
            var first = answerer.Ask(q.Subject + " " + q.Message, 1).Answers.FirstOrDefault();
            var judged = first is null ? 0 : fixture.Qrels.GetValueOrDefault(q.Qid)?.GetValueOrDefault(first.Id) ?? 0;
            total += Math.Max(0, judged - 1);
        }

        var average = total / fixture.Questions.Count;
        output.WriteLine($"Dev Average Score {average:F3} (FTS5 baseline 0.442)");
        Assert.True(average >= 0.88, $"Average Score fell to {average:F3}.");
    }

    private static bool Agrees(string gold, string predicted)
    {
        static string[] Words(string s) => s.ToLowerInvariant().Split([' ', '-', '\'', ',', '.', '/'], StringSplitOptions.RemoveEmptyEntries);
        var g = Words(gold);
        var p = Words(predicted);
        var common = g.Intersect(p).Count();
        return common > 0 && common * 2 >= Math.Min(g.Length, p.Length);
    }
}
