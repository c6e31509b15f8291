using System.Collections.Concurrent;
using Vertebra.Search.Semantic;

namespace Vertebra.Bench.LiveQa;

/// <summary>Remembers query vectors, so a sweep over ranking settings encodes each question once (not for latency runs).</summary>
internal sealed class MemoEncoder(ITextEncoder inner) : ITextEncoder
{
    private readonly ConcurrentDictionary<string, float[]> memo = new(StringComparer.Ordinal);

    public string ModelId => inner.ModelId;

    public int Dimensions => inner.Dimensions;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        texts.Select(t => memo.GetOrAdd(t, x => inner.Encode([x], cancellationToken)[0])).ToArray();
}
