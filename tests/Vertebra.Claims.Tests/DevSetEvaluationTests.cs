using System.Globalization;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Vertebra.Claims.Tests;

public sealed class DevSetEvaluationTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void DevSet_MicroPrecisionAndRecall_MeetTargets()
    {
        var items = ReadDevSet();
        var counts = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        foreach (var id in Checkers.Shipped.CategoryIds)
        {
            counts[id] = (0, 0, 0);
        }

        var errors = new StringBuilder();
        foreach (var (id, text, expected) in items)
        {
            var actual = Checkers.Categories(text).ToHashSet(StringComparer.Ordinal);
            foreach (var category in actual.Union(expected))
            {
                var (tp, fp, fn) = counts.GetValueOrDefault(category);
                var inActual = actual.Contains(category);
                var inExpected = expected.Contains(category);
                counts[category] = (tp + (inActual && inExpected ? 1 : 0), fp + (inActual && !inExpected ? 1 : 0), fn + (!inActual && inExpected ? 1 : 0));
                if (inActual != inExpected)
                {
                    errors.AppendLine(CultureInfo.InvariantCulture, $"  {id} {(inActual ? "FP" : "FN")} {category}: {text}");
                }
            }
        }

        var table = new StringBuilder();
        table.AppendLine("| category | TP | FP | FN | precision | recall |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|");
        int sumTp = 0, sumFp = 0, sumFn = 0;
        foreach (var (category, (tp, fp, fn)) in counts)
        {
            sumTp += tp;
            sumFp += fp;
            sumFn += fn;
            table.AppendLine(CultureInfo.InvariantCulture, $"| {category} | {tp} | {fp} | {fn} | {Ratio(tp, tp + fp)} | {Ratio(tp, tp + fn)} |");
        }

        var precision = sumTp + sumFp == 0 ? 1.0 : (double)sumTp / (sumTp + sumFp);
        var recall = sumTp + sumFn == 0 ? 1.0 : (double)sumTp / (sumTp + sumFn);
        table.AppendLine(CultureInfo.InvariantCulture, $"| **micro** | {sumTp} | {sumFp} | {sumFn} | {Ratio(sumTp, sumTp + sumFp)} | {Ratio(sumTp, sumTp + sumFn)} |");
        output.WriteLine($"Dev set: {items.Count} sentences from {RepoPaths.DevSet}");
        output.WriteLine(table.ToString());
        if (errors.Length > 0)
        {
            output.WriteLine("Disagreements:");
            output.WriteLine(errors.ToString());
        }

        Assert.True(precision >= 0.95, $"micro precision {precision:F3} < 0.95\n{errors}");
        Assert.True(recall >= 0.90, $"micro recall {recall:F3} < 0.90\n{errors}");
    }

    internal static List<(string Id, string Text, HashSet<string> Expected)> ReadDevSet()
    {
        var items = new List<(string, string, HashSet<string>)>();
        foreach (var line in File.ReadLines(RepoPaths.DevSet))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var expected = root.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
            items.Add((root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, expected));
        }

        return items;
    }

    private static string Ratio(int numerator, int denominator) =>
        denominator == 0 ? "n/a" : ((double)numerator / denominator).ToString("F2", CultureInfo.InvariantCulture);
}
