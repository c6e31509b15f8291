using Vertebra.Search;
using Vertebra.Search.Semantic;
using Vertebra.Storage;

namespace Vertebra.Indexing;

/// <summary>
/// Gives search documents their meaning vectors: from the database when a vector of the same text and model is stored
/// there (by <see cref="MeaningText.Key"/>), else computed with the encoder and stored, so a second node, a rebuilt index
/// or the next import loads it instead of computing it again. Encoding is done in chunks, each stored as soon as it is
/// done, so stopping half way loses at most one chunk.
/// </summary>
public sealed class MeaningVectors(IMeaningVectorStore store, ITextEncoder encoder)
{
    /// <summary>Texts encoded (and stored) per chunk.</summary>
    public const int ChunkSize = 1024;

    /// <summary>Stored vectors read from the database per query batch.</summary>
    private const int LoadChunkSize = 4096;

    /// <summary>The encoder whose vectors these are.</summary>
    public ITextEncoder Encoder => encoder;

    /// <summary>
    /// The documents with their vectors, and how many vectors were computed now and how many loaded.
    /// </summary>
    /// <param name="documents">The documents to give vectors.</param>
    /// <param name="progress">Told (done, total) texts to encode, after each batch; not called when nothing needs encoding.</param>
    /// <param name="cancellationToken">Stops between batches; chunks already stored stay stored.</param>
    public async Task<(List<SearchDocument> Documents, int Encoded, int Loaded)> AttachAsync(IReadOnlyList<SearchDocument> documents,
        IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var texts = documents.Select(MeaningText.Of).ToList();
        var keys = texts.Select(t => MeaningText.Key(encoder, t)).ToList();
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        // Read in chunks, each turned into floats at once: the whole corpus's stored bytes (73 MB for MedQuAD) are never
        // in memory beside its floats, which raised the peak of a full index build.
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(LoadChunkSize))
        {
            foreach (var (key, bytes) in await store.GetMeaningVectorsAsync(chunk, cancellationToken).ConfigureAwait(false))
            {
                var vector = VectorBytes.FromBytes(bytes);
                if (vector.Length == encoder.Dimensions)
                {
                    found[key] = vector;
                }
            }
        }

        var loaded = found.Count;
        var missing = Enumerable.Range(0, keys.Count).Where(i => !found.ContainsKey(keys[i])).DistinctBy(i => keys[i]).ToList();
        for (var start = 0; start < missing.Count; start += ChunkSize)
        {
            var chunk = missing.Skip(start).Take(ChunkSize).ToList();
            var offset = start;
            var vectors = await Task.Run(
                () => encoder.EncodeMany(chunk.Select(i => texts[i]).ToList(), progress is null ? null : new Offset(progress, offset, missing.Count), cancellationToken),
                cancellationToken).ConfigureAwait(false);
            var stored = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            for (var j = 0; j < chunk.Count; j++)
            {
                found[keys[chunk[j]]] = vectors[j];
                stored[keys[chunk[j]]] = VectorBytes.ToBytes(vectors[j]);
            }

            await store.PutMeaningVectorsAsync(stored, cancellationToken).ConfigureAwait(false);
        }

        var withVectors = documents.Select((d, i) => d with { Vector = found[keys[i]] }).ToList();
        return (withVectors, missing.Count, loaded);
    }

    /// <summary>Reports a chunk's progress as progress over all texts to encode.</summary>
    private sealed class Offset(IProgress<(int Done, int Total)> inner, int offset, int total) : IProgress<int>
    {
        public void Report(int value) => inner.Report((offset + value, total));
    }
}
