using System.Diagnostics;

namespace Vertebra.Bench.LiveQa;

/// <summary>Per-question latency percentiles and throughput.</summary>
internal static class Latency
{
    public static (double P50, double P99, double Mean) Measure(IReadOnlyList<string> questions, Action<string> ask, int rounds)
    {
        var times = new List<double>(questions.Count * rounds);
        for (var r = 0; r < rounds; r++)
        {
            foreach (var q in questions)
            {
                var sw = Stopwatch.StartNew();
                ask(q);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (Percentile(times, 0.50), Percentile(times, 0.99), times.Average());
    }

    public static double Throughput(IReadOnlyList<string> questions, Action<string> ask, int threads, int rounds)
    {
        var total = questions.Count * rounds;
        var sw = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            for (var i = t; i < total; i += threads)
            {
                ask(questions[i % questions.Count]);
            }
        });
        return total / sw.Elapsed.TotalSeconds;
    }

    private static double Percentile(List<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var index = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
