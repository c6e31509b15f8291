using Vertebra.Indexing;
using Vertebra.Search.Semantic;
using Vertebra.Settings;
using Vertebra.Storage;

namespace Vertebra.Cli;

/// <summary>What the semantic setting (<see cref="VertebraOptions.SemanticOn"/>) means for a command: the encoder and the index's vectors.</summary>
internal static class SemanticOption
{
    /// <summary>The process's encoder, or null when the setting is off.</summary>
    /// <exception cref="VertebraSettingException">The setting is neither on nor off.</exception>
    internal static ITextEncoder? Encoder(VertebraOptions settings) => settings.SemanticOn ? MiniLmEncoder.Shared : null;

    /// <summary>Vectors for the index from this store, or null when the setting is off.</summary>
    internal static MeaningVectors? Vectors(ITextEncoder? encoder, IContentStore store) =>
        encoder is not null && store is IMeaningVectorStore vectors ? new MeaningVectors(vectors, encoder) : null;
}
