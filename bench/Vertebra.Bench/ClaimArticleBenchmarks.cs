using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Vertebra.Claims;

namespace Vertebra.Bench;

/// <summary>
/// The claim checker on whole documents, one thread (issue 14's target: 5,000 sentences a second): every bundled
/// article checked whole, once per call. Sentences a second = <see cref="Sentences"/> / mean time; the count is
/// printed at set-up (ends of sentences plus list items and headings).
/// <c>dotnet run -c Release --project bench/Vertebra.Bench -- --filter '*ClaimArticleBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public partial class ClaimArticleBenchmarks
{
    private ClaimChecker _checker = null!;
    private string[] _articles = [];

    public static int Sentences { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _checker = ClaimChecker.Load(Path.Combine(BenchPaths.Root, "content", "claims.yaml"));
        _articles = [.. Directory.GetFiles(Path.Combine(BenchPaths.Root, "content", "articles"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        Sentences = _articles.Sum(a => SentenceEnd().Count(a));
        Console.WriteLine($"// {_articles.Length} articles, {_articles.Sum(a => a.Length)} characters, {Sentences} sentences");
    }

    /// <summary>All bundled articles, each checked whole, once per call (sentences a second = sentences / time).</summary>
    [Benchmark]
    public int CheckAllBundledArticles()
    {
        var findings = 0;
        foreach (var article in _articles)
        {
            findings += _checker.Check(article).Count;
        }

        return findings;
    }

    [GeneratedRegex(@"[.!?](?:\s|$)|\n\s*(?:[-*#>|]|\d+\.)\s", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
