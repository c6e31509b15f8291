using Vertebra.Search.Semantic;

namespace Vertebra.Search.Tests.Semantic;

/// <summary>The small test corpus with meaning vectors from the bundled model, encoded once per test run.</summary>
internal static class SemanticCorpus
{
    private static readonly Lazy<IReadOnlyList<SearchDocument>> Encoded = new(() =>
    {
        var docs = TestCorpus.Documents;
        var vectors = MiniLmEncoder.Shared.EncodeMany(docs.Select(MeaningText.Of).ToList());
        return docs.Select((d, i) => d with { Vector = vectors[i] }).ToList();
    });

    public static IReadOnlyList<SearchDocument> Documents => Encoded.Value;

    public static SearchIndex CreateIndex()
    {
        var index = SearchIndex.CreateInMemory();
        index.Rebuild(Documents);
        return index;
    }

    public static SearchDocument WithVector(SearchDocument document) =>
        document with { Vector = MiniLmEncoder.Shared.Encode([MeaningText.Of(document)])[0] };
}
