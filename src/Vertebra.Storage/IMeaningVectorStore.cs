namespace Vertebra.Storage;

/// <summary>
/// Meaning vectors of the content (for semantic search), kept in the database beside it, so a second node or a
/// rebuilt index loads them instead of computing them again. A vector is stored under the key of the exact text and
/// model it was computed from (a SHA-256, see the search library), so an unchanged text is never encoded twice and a
/// changed one gets a new key. Vectors are opaque bytes here: the store does not know their layout.
/// </summary>
public interface IMeaningVectorStore
{
    /// <summary>The stored vectors of these keys; keys without one are left out.</summary>
    Task<IReadOnlyDictionary<string, byte[]>> GetMeaningVectorsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Stores vectors in one transaction; a key already stored keeps its vector (same key, same text, same vector).</summary>
    Task PutMeaningVectorsAsync(IReadOnlyDictionary<string, byte[]> vectors, CancellationToken cancellationToken = default);

    /// <summary>How many vectors are stored and their total size in bytes.</summary>
    Task<(long Count, long Bytes)> CountMeaningVectorsAsync(CancellationToken cancellationToken = default);
}
