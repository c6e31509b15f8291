using Lucene.Net.Index;
using Vertebra.Search.Indexing;

namespace Vertebra.Search;

// Replacing the documents of some sources in place, and knowing whether the index was written in today's layout.
public sealed partial class SearchIndex
{
    /// <summary>
    /// The layout of the documents in the index. An index written in another layout (before version 2 documents did not
    /// record their source; before version 3 they did not store it, which grouped search needs; before version 4 they had no <c>lang</c> field,
    /// which keeps a search to one language; before version 5 Chinese text had no Chinese fields, so Chinese searches
    /// found nothing; before version 6 articles' warning-sign marker lines were indexed, and shown in snippets, as words)
    /// must be rebuilt before
    /// <see cref="ReplaceSources"/> or <see cref="SearchGrouped"/> can be used on it.
    /// </summary>
    public const int FormatVersion = 6;

    private const string FormatKey = "vertebra.format";

    private long generation;

    /// <summary>
    /// A number that changes after every write, once searches see the written documents. A page cached under the
    /// generation it was built with can never show results older than that generation (see the host's output cache).
    /// </summary>
    public long Generation => Interlocked.Read(ref generation);

    private static readonly Dictionary<string, string> CurrentFormatData =
        new(StringComparer.Ordinal) { [FormatKey] = FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>
    /// True when the index was last rebuilt in the current <see cref="FormatVersion"/> (or holds nothing); false for an
    /// index written by an older Vertebra, which must be rebuilt.
    /// </summary>
    public bool IsCurrentFormat
    {
        get
        {
            lock (writeLock)
            {
                // The readers show the last commit, and every write commits: its user data is the index's.
                var data = WithSearcher((s, _) => ((DirectoryReader)s.IndexReader).IndexCommit.UserData);
                return data.TryGetValue(FormatKey, out var value) && value == CurrentFormatData[FormatKey];
            }
        }
    }

    /// <summary>
    /// Removes every document of the sources in <paramref name="sourceKeys"/> and of the sources of
    /// <paramref name="documents"/>, then adds <paramref name="documents"/>: one commit, visible to the next search.
    /// Use it to apply a few changed, new and removed records without a rebuild. The index's vocabulary (foci,
    /// spelling words) follows, since it is read from each new snapshot.
    /// </summary>
    /// <param name="sourceKeys">Sources removed from, or changed in, the content (see <see cref="SearchDocument.SourceKey"/>).</param>
    /// <param name="documents">The documents of the changed and new sources, all of them.</param>
    /// <returns>How many documents were added.</returns>
    public int ReplaceSources(IReadOnlyCollection<string> sourceKeys, IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(sourceKeys);
        ArgumentNullException.ThrowIfNull(documents);
        var docs = documents.ToList();
        var removed = new HashSet<string>(sourceKeys, StringComparer.Ordinal);
        removed.UnionWith(docs.Select(DocumentMapper.SourceKeyOf));
        if (removed.Count == 0)
        {
            return 0;
        }

        Write(writer =>
        {
            // Deletes apply to documents already in the index, not to those added after them in the same commit.
            var removedIds = IdsOfSources(removed);
            writer.DeleteDocuments(removed.Select(k => new Term(SearchFields.SourceKey, k)).ToArray());
            foreach (var id in removedIds)
            {
                Volatile.Read(ref vectors)?.Remove(id);
            }

            foreach (var doc in docs)
            {
                writer.AddDocument(mapper.ToLucene(doc));
                KeepVector(doc);
            }
        });

        return docs.Count;
    }
}
