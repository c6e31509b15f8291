using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Vertebra.Search.Semantic;

namespace Vertebra.Bench.LiveQa;

/// <summary>
/// Document vectors of earlier runs, on disk by SHA-256 of (model, text), so encoding the whole corpus (minutes) is
/// done once and reused by later runs. Texts not in the cache are encoded with a progress line.
/// </summary>
internal static class VectorCache
{
    public static (float[][] Vectors, int Encoded, TimeSpan Elapsed) EncodeAll(ITextEncoder encoder, IReadOnlyList<string> texts, string cachePath)
    {
        var cache = Load(cachePath, encoder.Dimensions);
        var keys = texts.Select(t => Key(encoder.ModelId, MiniLmEncoder.Prepare(t))).ToArray();
        var missing = Enumerable.Range(0, texts.Count).Where(i => !cache.ContainsKey(keys[i])).ToList();
        var sw = Stopwatch.StartNew();
        if (missing.Count > 0)
        {
            var last = TimeSpan.Zero;
            var progress = new Progress(done =>
            {
                if (sw.Elapsed - last < TimeSpan.FromSeconds(1) && done < missing.Count)
                {
                    return;
                }

                last = sw.Elapsed;
                var rate = done / Math.Max(0.001, sw.Elapsed.TotalSeconds);
                var width = 30;
                var filled = (int)(width * (double)done / missing.Count);
                Console.Error.Write($"\r  encoding [{new string('#', filled)}{new string('.', width - filled)}] {done:N0}/{missing.Count:N0} {rate:F0}/s, {(missing.Count - done) / Math.Max(1, rate):F0} s left   ");
            });
            var encoded = encoder.EncodeMany(missing.Select(i => texts[i]).ToList(), progress);
            Console.Error.WriteLine();
            for (var j = 0; j < missing.Count; j++)
            {
                cache[keys[missing[j]]] = encoded[j];
            }

            Save(cachePath, cache);
        }

        return (keys.Select(k => cache[k]).ToArray(), missing.Count, sw.Elapsed);
    }

    private static string Key(string model, string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(model + "\n" + text)), 0, 16);

    private static Dictionary<string, float[]> Load(string path, int dimensions)
    {
        var cache = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return cache;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        var count = reader.ReadInt32();
        var dims = reader.ReadInt32();
        if (dims != dimensions)
        {
            return cache;
        }

        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            cache[key] = VectorBytes.FromBytes(reader.ReadBytes(dims * sizeof(float)));
        }

        return cache;
    }

    private static void Save(string path, Dictionary<string, float[]> cache)
    {
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(cache.Count);
            writer.Write(cache.Values.First().Length);
            foreach (var (key, vector) in cache)
            {
                writer.Write(key);
                writer.Write(VectorBytes.ToBytes(vector));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
