using System.CommandLine;
using Vertebra.Indexing;
using Vertebra.Search.Semantic;
using Vertebra.Storage;

namespace Vertebra.Cli;

/// <summary><c>--semantic on|off</c>: match questions by meaning too (default), or by their words only. Public for the host's <c>serve</c>.</summary>
public static class SemanticOption
{
    public static Option<string?> Create() => new("--semantic")
    {
        Description = $"Match questions by meaning too (on, the default) or by their words only (off, for very small machines). Default: ${SemanticSetting.Variable}, else on.",
    };

    /// <summary>The process's encoder, or null when the setting is off.</summary>
    internal static ITextEncoder? Encoder(string? value) => SemanticSetting.IsOn(value) ? MiniLmEncoder.Shared : null;

    /// <summary>Vectors for the index from this store, or null when the setting is off.</summary>
    internal static MeaningVectors? Vectors(ITextEncoder? encoder, IContentStore store) =>
        encoder is not null && store is IMeaningVectorStore vectors ? new MeaningVectors(vectors, encoder) : null;
}
