namespace Vertebra.Search.Semantic;

/// <summary>
/// Vectors by key, searched by dot product (cosine for unit vectors). Searches may run on many threads while one
/// writer adds and removes. <see cref="FlatVectorIndex"/> scans them all, which is exact and fast enough for tens of
/// thousands; an approximate index (HNSW) can take its place behind this interface when the corpus grows.
/// </summary>
public interface IVectorIndex
{
    /// <summary>How many numbers each vector has.</summary>
    int Dimensions { get; }

    /// <summary>How many vectors the index holds.</summary>
    int Count { get; }

    /// <summary>Adds a vector, or replaces the one under the same key.</summary>
    void Set(string key, ReadOnlySpan<float> vector);

    /// <summary>Removes a key's vector; false when there was none.</summary>
    bool Remove(string key);

    /// <summary>Removes everything.</summary>
    void Clear();

    /// <summary>True when the key has a vector.</summary>
    bool Contains(string key);

    /// <summary>The <paramref name="top"/> keys closest to the query, best first.</summary>
    IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int top);
}

/// <summary>A key and its similarity to the query (−1 to 1 for unit vectors; higher is closer).</summary>
/// <param name="Key">The key the vector was stored under.</param>
/// <param name="Similarity">The dot product with the query.</param>
public readonly record struct VectorHit(string Key, float Similarity);
