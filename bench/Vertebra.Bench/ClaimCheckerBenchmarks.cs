using System.Text;
using BenchmarkDotNet.Attributes;
using Vertebra.Claims;

namespace Vertebra.Bench;

/// <summary>
/// The claim checker on one thread (issue 19): plain prose against adversarial text ("harm-free;;;;;;;;;; " repeated, runs of separators, nesting, one long
/// word) at 12,500 to 100,000 characters, to show that time grows linearly with the length of the text.
/// <c>dotnet run -c Release --project bench/Vertebra.Bench -- --filter '*ClaimCheckerBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class ClaimCheckerBenchmarks
{
    private const string ProseUnit =
        "Most people with back pain get better within a few weeks. Keep moving as much as you can, and take simple " +
        "painkillers if you need them. A physiotherapist can show you exercises that help. See a doctor if the pain " +
        "does not improve, or at once if you have numbness around your bottom or trouble peeing. ";

    private ClaimChecker _checker = null!;
    private string _text = "";

    [Params("prose", "harm-free;;;", "separators", "nesting", "long-word")]
    public string Kind { get; set; } = "prose";

    [Params(12_500, 25_000, 50_000, 100_000)]
    public int Length { get; set; } = 12_500;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ClaimChecker.Load(Path.Combine(BenchPaths.Root, "content", "claims.yaml"));
        _text = Kind switch
        {
            "prose" => Repeat(ProseUnit, Length),
            "harm-free;;;" => Repeat("harm-free;;;;;;;;;; ", Length),
            "separators" => Repeat(";;;;;;;;;; ", Length),
            "nesting" => Repeat("((((((((((", Length / 2) + Repeat("))))))))))", Length - (Length / 2)),
            _ => new string('x', Length),
        };
    }

    /// <summary>Checks the text of the given kind and length in full (one call).</summary>
    [Benchmark]
    public int CheckText() => _checker.Check(_text).Count;

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

}
