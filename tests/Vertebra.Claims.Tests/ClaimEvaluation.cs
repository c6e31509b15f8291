using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Vertebra.Claims.Tests;

/// <summary>Precision and recall per category over labelled sentences, and false alarms over honest text.</summary>
internal static class ClaimEvaluation
{
    public static string DevSet2 => Path.Combine(RepoPaths.SharedRoot, "data", "claims", "dev-2.jsonl");

    public static string MedQuad => Path.Combine(RepoPaths.SharedRoot, "data", "medquad", "corpus.jsonl.gz");

    public static string HeldOutOwn => Path.Combine(AppContext.BaseDirectory, "Data", "held-out-own.jsonl");

    public static string DevSetChinese => Path.Combine(RepoPaths.SharedRoot, "data", "claims", "dev-zh.jsonl");

    /// <summary>Chinese sentences written and committed before any Chinese rule was tuned (issue 15).</summary>
    public static string OwnChinese => Path.Combine(AppContext.BaseDirectory, "Data", "own-zh.jsonl");

    public static List<(string Id, string Text, HashSet<string> Expected)> ReadLabelled(params string[] paths)
    {
        var items = new List<(string, string, HashSet<string>)>();
        foreach (var path in paths)
        {
            foreach (var line in File.ReadLines(path))
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
        }

        return items;
    }

    /// <summary>Scores the checker on labelled sentences; returns micro precision, recall and a printable report.</summary>
    public static (double Precision, double Recall, string Report) Score(ClaimChecker checker, List<(string Id, string Text, HashSet<string> Expected)> items)
    {
        var counts = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        foreach (var id in checker.CategoryIds)
        {
            counts[id] = (0, 0, 0);
        }

        var errors = new StringBuilder();
        foreach (var (id, text, expected) in items)
        {
            var actual = checker.Check(text).Select(f => f.Category).ToHashSet(StringComparer.Ordinal);
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
        table.AppendLine(CultureInfo.InvariantCulture, $"{items.Count} sentences");
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

        table.AppendLine(CultureInfo.InvariantCulture, $"| **all (micro)** | {sumTp} | {sumFp} | {sumFn} | {Ratio(sumTp, sumTp + sumFp)} | {Ratio(sumTp, sumTp + sumFn)} |");
        if (errors.Length > 0)
        {
            table.AppendLine("Disagreements:").Append(errors);
        }

        var precision = sumTp + sumFp == 0 ? 1.0 : (double)sumTp / (sumTp + sumFp);
        var recall = sumTp + sumFn == 0 ? 1.0 : (double)sumTp / (sumTp + sumFn);
        return (precision, recall, table.ToString());
    }

    /// <summary>Every MedQuAD answer with text: (answers read, answers with a finding, the first examples).</summary>
    public static (int Answers, int Flagged, List<string> Examples) MedQuadFalseAlarms(ClaimChecker checker, int maxExamples = 40)
    {
        var answers = 0;
        var flagged = 0;
        var examples = new List<string>();
        using var file = File.OpenRead(MedQuad);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var answer = doc.RootElement.GetProperty("answer").GetString();
            if (string.IsNullOrWhiteSpace(answer))
            {
                continue;
            }

            answers++;
            var findings = checker.Check(answer);
            if (findings.Count > 0)
            {
                flagged++;
                if (examples.Count < maxExamples)
                {
                    var f = findings[0];
                    var from = Math.Max(0, f.Start - 60);
                    var to = Math.Min(answer.Length, f.Start + f.Length + 60);
                    examples.Add($"{doc.RootElement.GetProperty("id").GetString()} {f.Category} \"{f.Text}\" in …{answer[from..to].ReplaceLineEndings(" ")}…");
                }
            }
        }

        return (answers, flagged, examples);
    }

    private static string Ratio(int numerator, int denominator) =>
        denominator == 0 ? "n/a" : ((double)numerator / denominator).ToString("F2", CultureInfo.InvariantCulture);
}
