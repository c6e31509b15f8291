using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

// Compares Chinese analysers on the Chinese test corpus and queries of tests/Vertebra.Search.Tests/Data:
// segmentation of medical words, recall@3 and MRR (words only, no synonyms), start-up and analysis time.
// Run: dotnet run -c Release --project bench/Vertebra.Bench.ChineseAnalyzers
const LuceneVersion Version = LuceneVersion.LUCENE_48;
var root = FindRoot(Environment.CurrentDirectory) ?? FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Run inside the Vertebra repository.");
var data = Path.Combine(root, "tests", "Vertebra.Search.Tests", "Data");
var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

var watch = Stopwatch.StartNew();
using var smart = new SmartChineseAnalyzer(Version);
_ = Terms(smart, "腰椎间盘突出症");
Console.WriteLine(Invariant($"SmartCn start-up (load and first analysis): {watch.ElapsedMilliseconds} ms"));
watch.Restart();
ConfigManager.ConfigFileBaseDir = Path.Combine(packages, "jieba.net", "0.42.2", "Resources");
var segmenter = new JiebaSegmenter();
_ = segmenter.Cut("腰椎间盘突出症").ToList();
Console.WriteLine(Invariant($"jieba.NET start-up (load and first analysis): {watch.ElapsedMilliseconds} ms"));

using var jieba = new JiebaAnalyzer(segmenter);
using var unigram = new StandardAnalyzer(Version);
using var bigram = new CJKAnalyzer(Version);
string[] words = ["腰椎间盘突出症", "坐骨神经痛", "脊髓栓系", "经皮椎间孔镜", "马尾综合征", "脊髓纵裂", "脊髓空洞症", "颈椎病", "脊柱侧弯", "椎管狭窄", "骨质增生", "腰突", "腰间盘突出"];
Console.WriteLine("\n| word | SmartCn | jieba.NET (search mode) |\n|---|---|---|");
foreach (var word in words)
{
    Console.WriteLine($"| {word} | {string.Join(" / ", Terms(smart, word))} | {string.Join(" / ", Terms(jieba, word))} |");
}

var corpus = File.ReadLines(Path.Combine(data, "zh-corpus.jsonl")).Select(Parse).Select(e => (Id: Text(e, "id"), Title: Text(e, "title"), Body: Text(e, "body"))).ToList();
var queries = File.ReadLines(Path.Combine(data, "zh-queries.jsonl")).Select(Parse)
    .Select(e => (Query: Text(e, "q"), Expected: e.GetProperty("expected").EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal))).ToList();
Console.WriteLine(Invariant($"\n{queries.Count} queries over {corpus.Count} sections, words only (no synonyms or corrections):\n| analyser | recall@3 | MRR |\n|---|---:|---:|"));
foreach (var (name, words1, grams) in new (string, Analyzer, Analyzer?)[]
{
    ("single characters (StandardAnalyzer)", unigram, null), ("character pairs (CJKAnalyzer)", bigram, null), ("SmartCn", smart, null),
    ("jieba.NET search mode", jieba, null), ("SmartCn + character-pair field", smart, bigram), ("jieba.NET + character-pair field", jieba, bigram),
})
{
    var (recall, mrr, misses) = Evaluate(words1, grams);
    Console.WriteLine(Invariant($"| {name} | {recall:F2} | {mrr:F2} |{(misses.Count > 0 ? " missed: " + string.Join("; ", misses) : "")}"));
}

foreach (var (name, analyzer) in new (string, Analyzer)[] { ("SmartCn", smart), ("jieba.NET", jieba) })
{
    var times = new List<double>();
    for (var run = 0; run < 15; run++)
    {
        var t = Stopwatch.StartNew();
        foreach (var d in corpus)
        {
            _ = Terms(analyzer, d.Title + d.Body);
        }

        times.Add(t.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(Invariant($"{name}: median {times[times.Count / 2]:F1} ms to analyse the corpus ({corpus.Sum(d => d.Title.Length + d.Body.Length)} characters)"));
}

(double Recall, double Mrr, List<string> Misses) Evaluate(Analyzer words1, Analyzer? grams)
{
    using var directory = new RAMDirectory();
    using var perField = new PerFieldAnalyzerWrapper(words1, new Dictionary<string, Analyzer> { ["gram"] = grams ?? words1 });
    using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, perField) { Similarity = new BM25Similarity() }))
    {
        foreach (var d in corpus)
        {
            writer.AddDocument(new Document
            {
                new StringField("id", d.Id, Field.Store.YES),
                new TextField("title", d.Title, Field.Store.NO),
                new TextField("body", d.Body, Field.Store.NO),
                new TextField("gram", d.Title + "\n" + d.Body, Field.Store.NO),
            });
        }
    }

    using var reader = DirectoryReader.Open(directory);
    var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    double found = 0, reciprocal = 0;
    var misses = new List<string>();
    foreach (var (query, expected) in queries)
    {
        var q = new BooleanQuery();
        foreach (var term in Terms(words1, query).Distinct(StringComparer.Ordinal))
        {
            q.Add(new TermQuery(new Term("title", term)) { Boost = 1.5f }, Occur.SHOULD);
            q.Add(new TermQuery(new Term("body", term)) { Boost = 0.7f }, Occur.SHOULD);
        }

        if (grams is not null)
        {
            foreach (var term in Terms(grams, query).Distinct(StringComparer.Ordinal))
            {
                q.Add(new TermQuery(new Term("gram", term)) { Boost = 0.35f }, Occur.SHOULD);
            }
        }

        var ids = searcher.Search(q, 10).ScoreDocs.Select(s => searcher.Doc(s.Doc).Get("id")).ToList();
        var rank = ids.FindIndex(expected.Contains);
        found += rank is >= 0 and < 3 ? 1 : 0;
        reciprocal += rank >= 0 ? 1.0 / (rank + 1) : 0;
        if (rank is < 0 or >= 3)
        {
            misses.Add(query);
        }
    }

    return (found / queries.Count, reciprocal / queries.Count, misses);
}

static List<string> Terms(Analyzer analyzer, string text)
{
    var list = new List<string>();
    using var stream = analyzer.GetTokenStream("f", text);
    var term = stream.AddAttribute<ICharTermAttribute>();
    stream.Reset();
    while (stream.IncrementToken())
    {
        list.Add(term.ToString());
    }

    stream.End();
    return list;
}

static JsonElement Parse(string line)
{
    using var json = JsonDocument.Parse(line);
    return json.RootElement.Clone();
}

static string Text(JsonElement e, string name) => e.GetProperty(name).GetString() ?? "";

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static string? FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Vertebra.slnx")))
        {
            return dir.FullName;
        }
    }

    return null;
}

/// <summary>jieba.NET has no Lucene.NET 4.8 analyser of its own: this wraps its search-mode tokens.</summary>
internal sealed class JiebaAnalyzer(JiebaSegmenter segmenter) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new JiebaTokenizer(reader, segmenter);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer));
    }
}

internal sealed class JiebaTokenizer : Tokenizer
{
    private readonly JiebaSegmenter segmenter;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private List<JiebaNet.Segmenter.Token> tokens = [];
    private int next;

    public JiebaTokenizer(TextReader reader, JiebaSegmenter segmenter)
        : base(reader)
    {
        this.segmenter = segmenter;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        tokens = [.. segmenter.Tokenize(m_input.ReadToEnd(), TokenizerMode.Search, true).Where(t => t.Word.Any(char.IsLetterOrDigit))];
        next = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (next >= tokens.Count)
        {
            return false;
        }

        var token = tokens[next++];
        term.SetEmpty().Append(token.Word);
        offset.SetOffset(CorrectOffset(token.StartIndex), CorrectOffset(token.EndIndex));
        return true;
    }
}
