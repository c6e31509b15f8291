using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Vertebra.Search.Indexing;

/// <summary>Counts every match by kind and by source, from doc values (no stored fields read).</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> sources = new(StringComparer.Ordinal);
    private readonly BytesRef scratch = new();
    private SortedDocValues? kindValues;
    private SortedDocValues? sourceValues;

    public int Total { get; private set; }

    public IReadOnlyDictionary<string, int> Kinds => kinds;

    public IReadOnlyDictionary<string, int> Sources => sources;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        kindValues = context.AtomicReader.GetSortedDocValues(SearchFields.Kind);
        sourceValues = context.AtomicReader.GetSortedDocValues(SearchFields.Source);
    }

    public void Collect(int doc)
    {
        Total++;
        Count(kindValues, doc, kinds);
        Count(sourceValues, doc, sources);
    }

    private void Count(SortedDocValues? values, int doc, Dictionary<string, int> counts)
    {
        if (values is null)
        {
            return;
        }

        values.Get(doc, scratch);
        var key = scratch.Utf8ToString();
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
