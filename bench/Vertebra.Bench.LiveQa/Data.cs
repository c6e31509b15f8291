using System.IO.Compression;
using System.Text.Json;
using Vertebra.Search;

namespace Vertebra.Bench.LiveQa;

/// <summary>One MedQuAD pair as stored in corpus.jsonl.gz.</summary>
internal sealed record CorpusPair(string Id, string Source, string Focus, string QType, string Question, string Answer, string Url);

/// <summary>One LiveQA question; only Subject and Message are system input.</summary>
internal sealed record LiveQuestion(string Qid, string Subject, string Message, IReadOnlyList<string> Focus, IReadOnlyList<string> Types)
{
    public string Input => Subject + " " + Message;
}

/// <summary>Reads the shared data files.</summary>
internal static class Data
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static List<CorpusPair> ReadCorpus(string path)
    {
        var list = new List<CorpusPair>();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                list.Add(JsonSerializer.Deserialize<CorpusPair>(line, Options)!);
            }
        }

        return list;
    }

    public static SearchDocument ToDocument(CorpusPair p) => new()
    {
        Id = p.Id,
        Kind = SearchDocumentKind.Qa,
        Title = p.Question,
        Focus = p.Focus,
        QType = p.QType,
        Body = p.Answer,
        Url = p.Url,
        Source = p.Source,
    };

    public static List<LiveQuestion> ReadQuestions(string path)
    {
        var list = new List<LiveQuestion>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            list.Add(new LiveQuestion(
                root.GetProperty("qid").GetString()!,
                root.GetProperty("subject").GetString() ?? "",
                root.GetProperty("message").GetString() ?? "",
                root.GetProperty("focus").EnumerateArray().Select(e => e.GetString() ?? "").ToList(),
                root.GetProperty("types").EnumerateArray().Select(e => e.GetString() ?? "").ToList()));
        }

        return list;
    }

    /// <summary>
    /// qid → answer id → judgment 1..4. The dev file judges 73 (question, answer) pairs twice with different
    /// labels; <paramref name="keepHighest"/> keeps the higher label (default) or, when false, the lower one.
    /// </summary>
    public static Dictionary<string, Dictionary<string, int>> ReadQrels(string path, bool keepHighest = true)
    {
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3)
            {
                continue;
            }

            if (!qrels.TryGetValue(parts[0], out var judged))
            {
                judged = new Dictionary<string, int>(StringComparer.Ordinal);
                qrels[parts[0]] = judged;
            }

            var label = int.Parse(parts[1].AsSpan(0, parts[1].IndexOf('-', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
            judged[parts[2]] = judged.TryGetValue(parts[2], out var earlier)
                ? (keepHighest ? Math.Max(earlier, label) : Math.Min(earlier, label))
                : label;
        }

        return qrels;
    }
}
