using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Vertebra.Search.Indexing;

/// <summary>
/// How an index folder's files are read. Lucene maps files into memory by default, and every mapped page that was read
/// stays in the process's resident memory while the index is open. That suits the files every question walks (terms,
/// postings, norms: about 15 MB for MedQuAD), but not the doc-values data, which holds the meaning vectors (73 MB,
/// read once at open into the in-memory vector index), nor the stored fields (13 MB, read only for the answers shown).
/// Those two are read with ordinary file reads: their pages live in the operating system's file cache, shared and
/// reclaimable, not in the process.
/// </summary>
internal static class IndexFolder
{
    /// <summary>
    /// Doc-values data, stored-field data, and compound files (a small segment's files in one, vectors included: a full
    /// build flushes several, about 100 MB, and merges them): read through <see cref="NIOFSDirectory"/>.
    /// </summary>
    private static readonly HashSet<string> ReadNotMapped = new(StringComparer.Ordinal) { "dvd", "fdt", "cfs" };

    /// <summary>The folder as a Lucene directory; the folder must exist.</summary>
    public static LuceneDirectory Open(string folder)
    {
        var info = new DirectoryInfo(folder);
        return new FileSwitchDirectory(ReadNotMapped, new NIOFSDirectory(info), new MMapDirectory(info), doClose: true);
    }
}
