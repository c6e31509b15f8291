using System.Diagnostics;
using System.Globalization;
using Vertebra.Bench.LiveQa;
using Vertebra.Search;

// Usage: Vertebra.Bench.LiveQa <shared-data-folder> [--run <trec-run-file>] [--rounds N] [--quick] [--dup-lowest] [--ask "q1|q2"]
var dataDir = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "../shared/data";
var runFile = Option("--run");
var rounds = int.Parse(Option("--rounds") ?? "5", CultureInfo.InvariantCulture);
var quick = args.Contains("--quick");
// A common English stop list, for the second FTS5 row ("words people use in every question" dropped).
var StopWords = new HashSet<string>(
    "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with i me my we our you your he she him her his its am do does did can could would should have has had what how why when which who whom about from been being so any some more most very just also"
        .Split(' '),
    StringComparer.Ordinal);
var corpusPath = Path.Combine(dataDir, "medquad", "corpus.jsonl.gz");
var questionsPath = Path.Combine(dataDir, "liveqa", "dev-questions.jsonl");
var qrelsPath = Path.Combine(dataDir, "liveqa", "dev-qrels.txt");
if (!File.Exists(corpusPath) || !File.Exists(questionsPath) || !File.Exists(qrelsPath))
{
    Console.Error.WriteLine($"Shared data not found under {Path.GetFullPath(dataDir)}.");
    return 2;
}

var sw = Stopwatch.StartNew();
var corpus = Data.ReadCorpus(corpusPath);
var questions = Data.ReadQuestions(questionsPath);
var qrels = Data.ReadQrels(qrelsPath, keepHighest: !args.Contains("--dup-lowest"));
Console.WriteLine($"Read {corpus.Count:N0} pairs, {questions.Count} questions, {qrels.Values.Sum(q => q.Count):N0} judgments in {sw.Elapsed.TotalSeconds:F1} s (pairs judged twice: keeping the {(args.Contains("--dup-lowest") ? "lower" : "higher")} label)");

var indexDir = Path.Combine(Path.GetTempPath(), "vertebra-bench-liveqa-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
try
{
    using var index = SearchIndex.Open(indexDir);
    sw.Restart();
    index.Rebuild(corpus.Select(Data.ToDocument));
    var buildSeconds = sw.Elapsed.TotalSeconds;
    var answerer = new QuestionAnswerer(index);
    sw.Restart();
    answerer.Ask("warm up: what causes back pain?");
    var firstAsk = sw.Elapsed.TotalMilliseconds;
    Console.WriteLine($"Vertebra index build: {buildSeconds:F1} s ({index.Count:N0} documents, FSDirectory); first question (vocabulary load) {firstAsk:F0} ms");

    if (Option("--ask") is { } ask)
    {
        foreach (var question in ask.Split('|'))
        {
            var r = answerer.Ask(question, 5);
            var i = r.Interpretation;
            Console.WriteLine($"Q: {question}");
            Console.WriteLine($"   core=\"{i.CoreQuestion}\" focus=[{string.Join("; ", i.Focus)}] type={i.QuestionType} {i.ShowingResultsFor} {i.DidYouMean} {r.EmptyReason}");
            foreach (var a in r.Answers)
            {
                Console.WriteLine($"   {a.Score:F2} {a.Id} {a.Focus} / {a.QType}: {a.Snippet[..Math.Min(100, a.Snippet.Length)]}");
            }
        }

        return 0;
    }

    sw.Restart();
    using var fts = new Fts5Baseline(corpus);
    Console.WriteLine($"FTS5 baseline build: {sw.Elapsed.TotalSeconds:F1} s");
    using var ftsStop = new Fts5Baseline(corpus, "porter unicode61", StopWords);

    var inputs = questions.Select(q => q.Input).ToList();
    var vertebraRun = new Dictionary<string, IReadOnlyList<string>>();
    var scores = new Dictionary<string, IReadOnlyList<double>>();
    int focusHits = 0, typeHits = 0;
    foreach (var q in questions)
    {
        var result = answerer.Ask(q.Input, 10);
        vertebraRun[q.Qid] = result.Answers.Select(a => a.Id).ToList();
        scores[q.Qid] = result.Answers.Select(a => a.Score).ToList();
        var i = result.Interpretation;
        if (i.Focus.Count > 0 && q.Focus.Any(g => FocusAgrees(g, i.Focus[0])))
        {
            focusHits++;
        }

        if (q.Types.Contains(index.Knowledge.LiveQaLabel(i.QuestionType) ?? "", StringComparer.Ordinal))
        {
            typeHits++;
        }

        if (Environment.GetEnvironmentVariable("VERTEBRA_BENCH_VERBOSE") == "1")
        {
            var first = result.Answers.FirstOrDefault();
            var j = first is null ? 0 : qrels.GetValueOrDefault(q.Qid)?.GetValueOrDefault(first.Id) ?? 0;
            Console.WriteLine($"  {q.Qid,4} j={j} focus=[{string.Join("; ", i.Focus.Take(3))}] type={i.QuestionType} fix=[{string.Join(",", i.Corrections.Select(c => c.From + "→" + c.To))}] syn=[{string.Join(",", i.Expansions.Select(e => e.Preferred))}] gold=[{string.Join("; ", q.Focus)}|{string.Join(",", q.Types)}] top={first?.Focus}/{first?.QType}");
            foreach (var a in result.Answers.Take(5))
            {
                Console.WriteLine($"        {qrels.GetValueOrDefault(q.Qid)?.GetValueOrDefault(a.Id) ?? 0} {a.Score:F2} {a.Id} {a.Focus} / {a.QType}");
            }
        }
    }

    var ftsRun = questions.ToDictionary(q => q.Qid, q => (IReadOnlyList<string>)fts.Ask(q.Input));
    var ftsStopRun = questions.ToDictionary(q => q.Qid, q => (IReadOnlyList<string>)ftsStop.Ask(q.Input));
    var qids = questions.Select(q => q.Qid).ToList();
    Console.WriteLine();
    Console.WriteLine($"Dev questions: {qids.Count}. Relevant = judged 3-Incomplete or 4-Excellent (>=3) or also 2-Related (>=2).");
    Console.WriteLine("System              AvgScore  MAP@10(>=3) MRR@10(>=3) MAP@10(>=2) MRR@10(>=2) Unjudged");
    Print("FTS5 bm25", Evaluator.Score(ftsRun, qrels, qids, false));
    Print("FTS5 porter+stop", Evaluator.Score(ftsStopRun, qrels, qids, false));
    Print("Vertebra", Evaluator.Score(vertebraRun, qrels, qids, false));
    Print("FTS5 condensed", Evaluator.Score(ftsRun, qrels, qids, true));
    Print("FTS5 p+s condensed", Evaluator.Score(ftsStopRun, qrels, qids, true));
    Print("Vertebra condensed", Evaluator.Score(vertebraRun, qrels, qids, true));
    Console.WriteLine();
    Console.WriteLine($"Question analysis on dev annotations: focus {focusHits}/{qids.Count} ({100.0 * focusHits / qids.Count:F0}%), main type {typeHits}/{qids.Count} ({100.0 * typeHits / qids.Count:F0}%)");

    if (runFile is not null)
    {
        using var writer = new StreamWriter(runFile);
        foreach (var q in questions)
        {
            var ids = vertebraRun[q.Qid];
            for (var r = 0; r < ids.Count; r++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{q.Qid} Q0 {ids[r]} {r + 1} {scores[q.Qid][r]:F4} vertebra"));
            }
        }

        Console.WriteLine($"TREC run written to {runFile}");
    }

    if (quick)
    {
        return 0;
    }

    var (p50, p99, mean) = Latency.Measure(inputs, q => answerer.Ask(q, 10), rounds);
    var (f50, f99, fmean) = Latency.Measure(inputs, q => fts.Ask(q), Math.Max(1, rounds / 2));
    Console.WriteLine($"Vertebra latency per question: p50 {p50:F2} ms, p99 {p99:F2} ms, mean {mean:F2} ms ({rounds} rounds of {inputs.Count})");
    Console.WriteLine($"FTS5 latency per question:     p50 {f50:F2} ms, p99 {f99:F2} ms, mean {fmean:F2} ms");
    Console.WriteLine($"Vertebra throughput: 1 thread {Latency.Throughput(inputs, q => answerer.Ask(q, 10), 1, rounds):F0} q/s, 2 threads {Latency.Throughput(inputs, q => answerer.Ask(q, 10), 2, rounds):F0} q/s");

}
finally
{
    if (Directory.Exists(indexDir))
    {
        Directory.Delete(indexDir, true);
    }
}

return 0;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static void Print(string name, RunScores s) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-19} {s.AverageScore,8:F3} {s.Map3,11:F3} {s.Mrr3,11:F3} {s.Map2,11:F3} {s.Mrr2,11:F3} {s.UnjudgedShare,8:P0}"));

static bool FocusAgrees(string gold, string predicted)
{
    static string[] Words(string s) => s.ToLowerInvariant().Split([' ', '-', '\'', ',', '.', '/'], StringSplitOptions.RemoveEmptyEntries);
    var g = Words(gold);
    var p = Words(predicted);
    var common = g.Intersect(p).Count();
    return common > 0 && common * 2 >= Math.Min(g.Length, p.Length);
}
