using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Vertebra.Search.Indexing;

/// <summary>
/// How an index folder's files are read. Lucene maps files into memory by default, and every mapped page that was read
/// stays in the process's resident memory while the index is open. That suits the files every question walks (terms,
/// postings, norms, doc values), but not the stored fields (13 MB for MedQuAD, read only for the answers shown) nor
/// compound files (a small segment's files in one: a full build flushes several, vectors included, about 100 MB, and
/// merges them). Those are read with ordinary file reads: their pages live in the operating system's file cache,
/// shared and reclaimable, not in the process. Doc values stay mapped although they hold the vectors (73 MB, read once
/// at open): reading the ranking's doc values per candidate through file reads made a question about 10 % slower.
/// </summary>
internal static class IndexFolder
{
    /// <summary>Stored-field data and compound files: read through <see cref="NIOFSDirectory"/>.</summary>
    private static readonly HashSet<string> ReadNotMapped = new(StringComparer.Ordinal) { "fdt", "cfs" };

    /// <summary>The folder as a Lucene directory; the folder must exist.</summary>
    public static LuceneDirectory Open(string folder)
    {
        var info = new DirectoryInfo(folder);
        return new FileSwitchDirectory(ReadNotMapped, new NIOFSDirectory(info), new MMapDirectory(info), doClose: true);
    }
}
