using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Vertebra.Claims;

namespace Vertebra.Bench;

/// <summary>
/// The claim checker on single sentences, one thread (was the unit test <c>Check_Throughput_IsPrinted</c>, which
/// printed a time and could not fail): the labelled sentences of <c>../shared/data/claims/dev.jsonl</c> (three
/// sample sentences when the shared data is absent) checked one by one, the same sentences joined into one document,
/// and loading the rules (parse and build every pattern). Sentences a second = <see cref="Sentences"/> / mean time.
/// <c>dotnet run -c Release --project bench/Vertebra.Bench -- --filter '*ClaimSentenceBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class ClaimSentenceBenchmarks
{
    private static readonly string[] Samples = ["Massage cannot push a disc back.", "Our plaster is 100% safe.", "Exercise is the main treatment for most low back pain."];

    private ClaimChecker _checker = null!;
    private string[] _sentences = [];
    private string _document = "";

    public static int Sentences { get; private set; }

    private static string ClaimsFile => Path.Combine(BenchPaths.Root, "content", "claims.yaml");

    [GlobalSetup]
    public void Setup()
    {
        _checker = ClaimChecker.Load(ClaimsFile);
        var devSet = Path.GetFullPath(Path.Combine(BenchPaths.Root, "..", "shared", "data", "claims", "dev.jsonl"));
        _sentences = File.Exists(devSet)
            ? [.. File.ReadLines(devSet).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? "")]
            : Samples;
        _document = string.Join(" ", _sentences);
        Sentences = _sentences.Length;
        Console.WriteLine($"// {Sentences} sentences from {(File.Exists(devSet) ? devSet : "the built-in samples")}");
    }

    /// <summary>Every sentence checked on its own, once per call.</summary>
    [Benchmark]
    public int CheckEachSentence()
    {
        var findings = 0;
        foreach (var sentence in _sentences)
        {
            findings += _checker.Check(sentence).Count;
        }

        return findings;
    }

    /// <summary>The same sentences joined into one document, checked in one call.</summary>
    [Benchmark]
    public int CheckAsOneDocument() => _checker.Check(_document).Count;

    /// <summary>Reading claims.yaml and building every rule: the start-up cost.</summary>
    [Benchmark]
    public int LoadRules() => ClaimChecker.Load(ClaimsFile).CategoryIds.Count;
}
