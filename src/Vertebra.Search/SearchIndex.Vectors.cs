using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Vertebra.Search.Indexing;
using Vertebra.Search.Semantic;

namespace Vertebra.Search;

// The documents' meaning vectors: kept in the Lucene documents (so a reopened index has them without the model) and,
// for searching, in an in-memory vector index that follows every write.
public sealed partial class SearchIndex
{
    private IVectorIndex? vectors;

    /// <summary>How many documents have a meaning vector (0 when semantic matching is off or nothing was encoded).</summary>
    public int VectorCount => Volatile.Read(ref vectors)?.Count ?? 0;

    /// <summary>The documents' vectors, or null when none has one.</summary>
    internal IVectorIndex? Vectors => Volatile.Read(ref vectors);

    /// <summary>The document ids that have a vector, with the vector (for a host that copies them elsewhere).</summary>
    public IReadOnlyDictionary<string, float[]> ReadVectors(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return WithSearcher((searcher, _) =>
        {
            var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (FindDocument(searcher.IndexReader, id) is { } doc && ReadVector(searcher.IndexReader, doc) is { Length: > 0 } v)
                {
                    found[id] = v;
                }
            }

            return found;
        });
    }

    /// <summary>Fills the in-memory vector index from the documents on disk (at open).</summary>
    private void LoadVectors()
    {
        var searcher = manager.Acquire();
        try
        {
            var fields = new HashSet<string> { SearchFields.Id };
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var values = reader.GetBinaryDocValues(SearchFields.Vector);
                if (values is null)
                {
                    continue;
                }

                var live = reader.LiveDocs;
                var bytes = new BytesRef();
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc))
                    {
                        continue;
                    }

                    values.Get(doc, bytes);
                    if (bytes.Length == 0)
                    {
                        continue;
                    }

                    var vector = VectorBytes.FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
                    var id = reader.Document(doc, fields).Get(SearchFields.Id);
                    if (id is not null && vector.Length > 0)
                    {
                        VectorsFor(vector.Length).Set(id, vector);
                    }
                }
            }
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The vector index, created for vectors of this many numbers on first use.</summary>
    private IVectorIndex VectorsFor(int dimensions)
    {
        var current = Volatile.Read(ref vectors);
        if (current is not null)
        {
            if (current.Dimensions != dimensions)
            {
                throw new ArgumentException($"The index holds vectors of {current.Dimensions} numbers; a document came with {dimensions}. Rebuild the index after changing the model.");
            }

            return current;
        }

        var created = NewVectorIndex(dimensions);
        Volatile.Write(ref vectors, created);
        return created;
    }

    private static FlatVectorIndex NewVectorIndex(int dimensions) => new(dimensions, 1 << 16);

    /// <summary>Puts a rebuilt document's vector in the new vector index; all of one index's vectors have one length.</summary>
    private static void SetVector(IVectorIndex target, SearchDocument doc)
    {
        if (doc.Vector.Length != target.Dimensions)
        {
            throw new ArgumentException($"The documents' vectors have {target.Dimensions} numbers; document '{doc.Id}' came with {doc.Vector.Length}. Encode every document with one model.");
        }

        target.Set(doc.Id, doc.Vector.Span);
    }

    /// <summary>Puts a written document's vector in the vector index, or takes out the old one when it has none.</summary>
    private void KeepVector(SearchDocument doc)
    {
        if (doc.Vector.IsEmpty)
        {
            Volatile.Read(ref vectors)?.Remove(doc.Id);
        }
        else
        {
            VectorsFor(doc.Vector.Length).Set(doc.Id, doc.Vector.Span);
        }
    }

    /// <summary>The ids of the live documents of these sources (before they are deleted).</summary>
    private List<string> IdsOfSources(IEnumerable<string> sourceKeys)
    {
        var ids = new List<string>();
        if (Volatile.Read(ref vectors) is null)
        {
            return ids;
        }

        var searcher = manager.Acquire();
        try
        {
            var fields = new HashSet<string> { SearchFields.Id };
            foreach (var key in sourceKeys)
            {
                foreach (var hit in searcher.Search(new TermQuery(new Term(SearchFields.SourceKey, key)), 1000).ScoreDocs)
                {
                    if (searcher.Doc(hit.Doc, fields).Get(SearchFields.Id) is { } id)
                    {
                        ids.Add(id);
                    }
                }
            }
        }
        finally
        {
            manager.Release(searcher);
        }

        return ids;
    }

    /// <summary>The Lucene document number of a live document, or null.</summary>
    internal static int? FindDocument(IndexReader reader, string id)
    {
        var term = new Term(SearchFields.Id, id);
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            if (docs is null)
            {
                continue;
            }

            var doc = docs.NextDoc();
            if (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                return leaf.DocBase + doc;
            }
        }

        return null;
    }

    private static float[]? ReadVector(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(SearchFields.Vector);
        if (values is null)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return VectorBytes.FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }
}
