namespace Vertebra.Search.Semantic;

/// <summary>Encoding many texts at once, in batches of similar length, with progress.</summary>
public static class TextEncoderExtensions
{
    /// <summary>Texts per call to the model: larger batches pad more, smaller ones pay more overhead.</summary>
    public const int BatchSize = 32;

    /// <summary>
    /// Encodes every text, shortest first in batches of <see cref="BatchSize"/> (a batch is padded to its longest
    /// text, so sorting by length saves most of the padding), and returns the vectors in the texts' order.
    /// </summary>
    /// <param name="encoder">The encoder.</param>
    /// <param name="texts">The texts.</param>
    /// <param name="progress">Told how many texts are done after each batch.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    public static float[][] EncodeMany(this ITextEncoder encoder, IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(texts);
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        var vectors = new float[texts.Count][];
        var batch = new List<string>(BatchSize);
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Clear();
            var end = Math.Min(order.Length, start + BatchSize);
            for (var i = start; i < end; i++)
            {
                batch.Add(texts[order[i]]);
            }

            var encoded = encoder.Encode(batch, cancellationToken);
            for (var i = start; i < end; i++)
            {
                vectors[order[i]] = encoded[i - start];
            }

            progress?.Report(end);
        }

        return vectors;
    }
}
