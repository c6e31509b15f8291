using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Vertebra.Bench.LiveQa;
using Vertebra.Search;
using Vertebra.Search.Answering;
using Vertebra.Search.Semantic;

// Usage: Vertebra.Bench.LiveQa <shared-data-folder> [--run <trec-run-file>] [--rounds N] [--quick] [--dup-lowest]
//        [--lexical-only] [--vectors-cache FILE] [--set "Name=value,..."] [--sweep "Name=v1,v2;Name=v1,v2"] [--ask "q1|q2"]
//        [--seed-vectors vertebra.db] [--diagnose] [--own [--own-detail]]
var dataDir = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "../shared/data";
var runFile = Option("--run");
var rounds = int.Parse(Option("--rounds") ?? "5", CultureInfo.InvariantCulture);
var quick = args.Contains("--quick");
var lexicalOnly = args.Contains("--lexical-only");
var cachePath = Option("--vectors-cache") ?? Path.Combine(Path.GetTempPath(), "vertebra-bench-vectors.bin");
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
var split = Split.Read(Path.Combine(AppContext.BaseDirectory, "dev-split.txt"));
Console.WriteLine($"Read {corpus.Count:N0} pairs, {questions.Count} questions ({split.Tune.Count} tune, {split.Check.Count} check), {qrels.Values.Sum(q => q.Count):N0} judgments in {sw.Elapsed.TotalSeconds:F1} s (pairs judged twice: keeping the {(args.Contains("--dup-lowest") ? "lower" : "higher")} label)");
Console.WriteLine($"Load average at start: {LoadAverage()}");

var weights = Apply(RankingWeights.Default, Option("--set"));
ITextEncoder? encoder = null;
float[][]? vectors = null;
if (!lexicalOnly)
{
    sw.Restart();
    encoder = MiniLmEncoder.Shared;
    Console.WriteLine($"Encoder loaded in {sw.Elapsed.TotalSeconds:F1} s ({encoder.ModelId}); RSS {Environment.WorkingSet / 1e6:F0} MB");
    var (v, encoded, elapsed) = VectorCache.EncodeAll(encoder, corpus.Select(p => p.Question).ToList(), cachePath);
    vectors = v;
    Console.WriteLine(encoded > 0
        ? $"Encoded {encoded:N0} questions in {elapsed.TotalSeconds:F0} s ({encoded / elapsed.TotalSeconds:F0}/s, {Environment.ProcessorCount} cores); cached in {cachePath}"
        : $"All {corpus.Count:N0} question vectors reused from {cachePath}");
}

if (Option("--seed-vectors") is { } seedDatabase && encoder is not null && vectors is not null)
{
    // Puts the corpus vectors computed above into a Vertebra SQLite database's meaning_vectors, under the keys the
    // site uses, so a load test on the whole corpus reuses this one encoding run instead of encoding again.
    var store = new Vertebra.Storage.Sqlite.SqliteContentStore(seedDatabase);
    await store.MigrateAsync();
    var keyed = new Dictionary<string, byte[]>(StringComparer.Ordinal);
    for (var i = 0; i < corpus.Count; i++)
    {
        keyed[MeaningText.Key(encoder, corpus[i].Question)] = VectorBytes.ToBytes(vectors[i]);
    }

    await store.PutMeaningVectorsAsync(keyed);
    Console.WriteLine($"Stored {keyed.Count:N0} vectors in {seedDatabase}");
    return 0;
}

var indexDir = Path.Combine(Path.GetTempPath(), "vertebra-bench-liveqa-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
try
{
    using var index = SearchIndex.Open(indexDir);
    sw.Restart();
    index.Rebuild(corpus.Select((p, i) => Data.ToDocument(p) with { Vector = vectors is null ? default : vectors[i] }));
    var buildSeconds = sw.Elapsed.TotalSeconds;
    var lexical = new QuestionAnswerer(index, weights, null, AnswerMode.Lexical);
    var memo = encoder is null ? null : new MemoEncoder(encoder);
    var semantic = new QuestionAnswerer(index, weights, memo, AnswerMode.Semantic);
    var hybrid = new QuestionAnswerer(index, weights, memo, AnswerMode.Hybrid);
    sw.Restart();
    lexical.Ask("warm up: what causes back pain?");
    var firstAsk = sw.Elapsed.TotalMilliseconds;
    Console.WriteLine($"Vertebra index build: {buildSeconds:F1} s ({index.Count:N0} documents, {index.VectorCount:N0} vectors, {DirectorySize(indexDir) / 1e6:F1} MB on disk); first question (vocabulary load) {firstAsk:F0} ms");

    if (Option("--ask") is { } ask)
    {
        foreach (var question in ask.Split('|'))
        {
            var r = hybrid.Ask(question, 5);
            var i = r.Interpretation;
            Console.WriteLine($"Q: {question}");
            Console.WriteLine($"   core=\"{i.CoreQuestion}\" focus=[{string.Join("; ", i.Focus)}] type={i.QuestionType} {i.ShowingResultsFor} {i.DidYouMean} {r.EmptyReason}");
            foreach (var a in r.Answers)
            {
                Console.WriteLine($"   {a.Score:F3} {a.Id} {a.Focus} / {a.QType}: {a.Question}");
            }
        }

        return 0;
    }

    if (args.Contains("--own"))
    {
        // Our own questions: the tune set with one line per question, the check set as figures only.
        var pairs = corpus.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var detailed = args.Contains("--own-detail");
        foreach (var file in new[] { "own-tune.tsv", "own-check.tsv" })
        {
            var own = OwnQuestions.Read(Path.Combine(AppContext.BaseDirectory, file));
            Console.WriteLine($"-- {file} ({own.Count} questions): first-answer score (3 focus and type, 1 focus) and MRR@10 of a right answer");
            foreach (var (name, answerer) in new[] { ("lexical", lexical), ("semantic", semantic), ("hybrid", hybrid) })
            {
                if (name != "lexical" && encoder is null)
                {
                    continue;
                }

                var show = detailed && file == "own-tune.tsv" && name == "hybrid" ? (Action<string>)Console.WriteLine : null;
                var (score, mrr) = OwnQuestions.Score(own, q => answerer.Ask(q, 10).Answers.Select(a => a.Id).ToList(), pairs, show);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-9} {score:F3} {mrr:F3}"));
            }
        }

        return 0;
    }

    if (args.Contains("--diagnose"))
    {
        // Tune half only (the check half is never printed here): each question's first answer label (- = unjudged)
        // and the first rank judged >= 3 (x = none in the top 10), per system.
        foreach (var q in questions.Where(q => split.Tune.Contains(q.Qid)))
        {
            var judged = qrels.GetValueOrDefault(q.Qid) ?? [];
            string Row(QuestionAnswerer answerer)
            {
                var ids = answerer.Ask(q.Input, 10).Answers.Select(x => x.Id).ToList();
                var first = ids.Count == 0 ? "none" : judged.TryGetValue(ids[0], out var j) ? j.ToString(CultureInfo.InvariantCulture) : "-";
                var relevant = ids.FindIndex(id => judged.GetValueOrDefault(id) >= 3);
                return $"{first}/{(relevant < 0 ? "x" : (relevant + 1).ToString(CultureInfo.InvariantCulture))}";
            }

            Console.WriteLine($"{q.Qid,6} lexical {Row(lexical),-6} semantic {Row(semantic),-6} hybrid {Row(hybrid),-6} judged >= 3: {judged.Values.Count(v => v >= 3)}");
        }

        return 0;
    }

    if (Option("--sweep") is { } sweep)
    {
        // Settings are compared on the tune half only; the check half is not printed here.
        Console.WriteLine("Sweep on the tune half (hybrid): setting  AvgScore MRR@10(>=3) MAP@10(>=3)");
        foreach (var setting in Grid(sweep))
        {
            var w = Apply(weights, setting);
            var answerer = new QuestionAnswerer(index, w, memo, AnswerMode.Hybrid);
            var run = questions.Where(q => split.Tune.Contains(q.Qid)).ToDictionary(q => q.Qid, q => (IReadOnlyList<string>)answerer.Ask(q.Input, 10).Answers.Select(a => a.Id).ToList());
            var s = Evaluator.Score(run, qrels, split.Tune, false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {setting,-60} {s.AverageScore:F3} {s.Mrr3:F3} {s.Map3:F3}"));
        }

        return 0;
    }

    sw.Restart();
    using var fts = new Fts5Baseline(corpus);
    Console.WriteLine($"FTS5 baseline build: {sw.Elapsed.TotalSeconds:F1} s");
    using var ftsStop = new Fts5Baseline(corpus, "porter unicode61", StopWords);

    var inputs = questions.Select(q => q.Input).ToList();
    var systems = new List<(string Name, Func<string, IReadOnlyList<(string Id, double Score)>> Ask)>
    {
        ("FTS5 bm25", q => fts.Ask(q).Select(id => (id, 0.0)).ToList()),
        ("FTS5 porter+stop", q => ftsStop.Ask(q).Select(id => (id, 0.0)).ToList()),
        ("Vertebra lexical", q => lexical.Ask(q, 10).Answers.Select(a => (a.Id, a.Score)).ToList()),
    };
    if (encoder is not null)
    {
        systems.Add(("Vertebra semantic", q => semantic.Ask(q, 10).Answers.Select(a => (a.Id, a.Score)).ToList()));
        systems.Add(("Vertebra hybrid", q => hybrid.Ask(q, 10).Answers.Select(a => (a.Id, a.Score)).ToList()));
    }

    var runs = systems.ToDictionary(s => s.Name, s => questions.ToDictionary(q => q.Qid, q => s.Ask(q.Input)));
    var qids = questions.Select(q => q.Qid).ToList();
    Console.WriteLine();
    Console.WriteLine($"Dev questions: {qids.Count}. Relevant = judged 3-Incomplete or 4-Excellent (>=3) or also 2-Related (>=2).");
    foreach (var (label, set) in new[] { ("all 52", qids), ("tune half", split.Tune.ToList()), ("check half (never tuned on)", split.Check.ToList()) })
    {
        Console.WriteLine($"-- {label}");
        Console.WriteLine("System                        AvgScore  MAP@10(>=3) MRR@10(>=3) MAP@10(>=2) MRR@10(>=2) Unjudged");
        foreach (var condensed in new[] { false, true })
        {
            foreach (var (name, run) in runs)
            {
                var ids = run.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)r.Value.Select(a => a.Id).ToList());
                Print(name + (condensed ? " condensed" : ""), Evaluator.Score(ids, qrels, set, condensed));
            }
        }
    }

    if (runFile is not null)
    {
        var best = runs[encoder is null ? "Vertebra lexical" : "Vertebra hybrid"];
        using var writer = new StreamWriter(runFile);
        foreach (var q in questions)
        {
            var answers = best[q.Qid];
            for (var r = 0; r < answers.Count; r++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{q.Qid} Q0 {answers[r].Id} {r + 1} {answers[r].Score:F4} vertebra"));
            }
        }

        Console.WriteLine($"TREC run written to {runFile}");
    }

    if (quick)
    {
        return 0;
    }

    // Latency: the real encoder (no memo); the systems take turns within each round so they see the same machine.
    var timed = new List<(string Name, Action<string> Ask)>
    {
        ("FTS5 bm25", q => fts.Ask(q)),
        ("Vertebra lexical", q => lexical.Ask(q, 10)),
    };
    if (encoder is not null)
    {
        var hybridLive = new QuestionAnswerer(index, weights, encoder, AnswerMode.Hybrid);
        timed.Add(("Vertebra hybrid", q => hybridLive.Ask(q, 10)));
        hybridLive.Ask("warm up: what causes back pain?");
    }

    var perRound = timed.ToDictionary(t => t.Name, _ => new List<(double P50, double P99, double Mean)>());
    for (var r = 0; r < rounds; r++)
    {
        foreach (var (name, timedAsk) in timed)
        {
            perRound[name].Add(Latency.Measure(inputs, timedAsk, 1));
        }

        Console.WriteLine($"  latency round {r + 1}: " + string.Join("; ", perRound.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} p50 {p.Value[^1].P50:F2} p99 {p.Value[^1].P99:F2}"))) + $" (load {LoadAverage()})");
    }

    var ftsP50 = Median(perRound["FTS5 bm25"].Select(x => x.P50));
    Console.WriteLine($"Latency per question, median of {rounds} rounds of {inputs.Count} questions:");
    foreach (var (name, list) in perRound)
    {
        var p50 = Median(list.Select(x => x.P50));
        var p99 = Median(list.Select(x => x.P99));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-18} p50 {p50:F2} ms, p99 {p99:F2} ms, mean {Median(list.Select(x => x.Mean)):F2} ms; p50 {p50 / ftsP50:F2}x FTS5"));
    }

    var best2 = encoder is null ? lexical : new QuestionAnswerer(index, weights, encoder, AnswerMode.Hybrid);
    Console.WriteLine($"Vertebra {(encoder is null ? "lexical" : "hybrid")} throughput: 1 thread {Latency.Throughput(inputs, q => best2.Ask(q, 10), 1, rounds):F0} q/s, 2 threads {Latency.Throughput(inputs, q => best2.Ask(q, 10), 2, rounds):F0} q/s");
    using var self = Process.GetCurrentProcess();
    Console.WriteLine($"Process memory: RSS {self.WorkingSet64 / 1e6:F0} MB, peak {self.PeakWorkingSet64 / 1e6:F0} MB (benchmark process: corpus, FTS5 tables and index together); load average {LoadAverage()}");
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
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-29} {s.AverageScore,8:F3} {s.Map3,11:F3} {s.Mrr3,11:F3} {s.Map2,11:F3} {s.Mrr2,11:F3} {s.UnjudgedShare,8:P0}"));

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

// "Name=value,Name=value" applied to a copy of the weights (init-only properties set by reflection).
static RankingWeights Apply(RankingWeights start, string? settings)
{
    var w = start with { };
    foreach (var part in (settings ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    {
        var (name, value) = (part[..part.IndexOf('=', StringComparison.Ordinal)], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var property = typeof(RankingWeights).GetProperty(name, BindingFlags.Public | BindingFlags.Instance) ?? throw new ArgumentException($"No ranking setting {name}.");
        property.SetValue(w, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
    }

    return w;
}

// "A=1,2;B=x,y" → "A=1,B=x", "A=1,B=y", "A=2,B=x", ...
static IEnumerable<string> Grid(string spec)
{
    IEnumerable<string> settings = [""];
    foreach (var axis in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    {
        var name = axis[..axis.IndexOf('=', StringComparison.Ordinal)];
        var values = axis[(axis.IndexOf('=', StringComparison.Ordinal) + 1)..].Split(',');
        settings = settings.SelectMany(s => values.Select(v => s.Length == 0 ? $"{name}={v}" : $"{s},{name}={v}")).ToList();
    }

    return settings;
}
