namespace Vertebra.Search.Semantic;

/// <summary>
/// Turns short texts into unit-length vectors whose dot product says how close two texts are in meaning.
/// Implementations are thread-safe and loaded once per process (a model is large and slow to load).
/// </summary>
public interface ITextEncoder
{
    /// <summary>Names the model and its version; vectors of different models are never compared.</summary>
    string ModelId { get; }

    /// <summary>How many numbers a vector has.</summary>
    int Dimensions { get; }

    /// <summary>One unit-length vector per text, in order.</summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
