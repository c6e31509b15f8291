using BenchmarkDotNet.Attributes;
using Vertebra.Guidance;

namespace Vertebra.Bench;

/// <summary>In-process guidance evaluations on one thread, over a fixed spread of cases (target: 200,000 per second).</summary>
[MemoryDiagnoser]
public class GuidanceBenchmarks
{
    private GuidanceEngine _engine = null!;
    private CaseFacts[] _cases = [];

    [GlobalSetup]
    public void Setup()
    {
        _engine = GuidanceEngine.Load(Path.Combine(BenchPaths.Root, "content", "guidance"));
        var random = new Random(20261123);
        _cases = Enumerable.Range(0, 1024).Select(_ => RandomCase(random)).ToArray();
    }

    /// <summary>One evaluation per invocation, cycling through 1,024 varied cases.</summary>
    [Benchmark(OperationsPerInvoke = 1024)]
    public int Evaluate1024Cases()
    {
        var sum = 0;
        foreach (var facts in _cases)
        {
            sum += (int)_engine.Evaluate(facts).Triage;
        }

        return sum;
    }

    private static CaseFacts RandomCase(Random r)
    {
        bool? B() => r.Next(3) switch { 0 => null, 1 => false, _ => r.Next(6) == 0 };
        return new CaseFacts
        {
            Age = r.Next(4) == 0 ? null : r.Next(8, 90),
            OnsetDays = r.Next(4) == 0 ? null : r.Next(0, 200),
            PainScore = r.Next(4) == 0 ? null : r.Next(0, 11),
            BackPain = B(),
            NeckPain = B(),
            ArmPain = B(),
            Numbness = B(),
            SaddleNumbness = B(),
            BladderOrBowelChange = B(),
            Fever = B(),
            CancerHistory = B(),
            WeightLoss = B(),
            MajorTrauma = B(),
            NightPain = B(),
            ThoracicPain = B(),
            ChestOrAbdominalPain = B(),
            RecentSpinalProcedure = B(),
            InflammatoryPattern = B(),
            LegPain = r.Next(4) == 0 ? null : (LegPain)r.Next(3),
            Weakness = r.Next(4) == 0 ? null : (Weakness)r.Next(3),
        };
    }
}
