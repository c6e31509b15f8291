using Vertebra.Indexing;
using Vertebra.Search.Semantic;
using Vertebra.Storage;

namespace Vertebra.Web.Hosting;

/// <summary>The process's sentence encoder, or none when semantic matching is off (<see cref="VertebraWebOptions.Semantic"/>).</summary>
/// <param name="Encoder">The encoder; null means words only.</param>
public sealed record SemanticServices(ITextEncoder? Encoder)
{
    /// <summary>Vectors for the index from this store, or null when semantic matching is off or the store cannot keep them.</summary>
    public MeaningVectors? VectorsFor(IContentStore store) =>
        Encoder is not null && store is IMeaningVectorStore vectors ? new MeaningVectors(vectors, Encoder) : null;
}
