namespace Vertebra.Indexing;

/// <summary>
/// One writer per search index, across processes. Lucene's own write lock did not hold between processes here (the
/// command line rebuilt the index under a running site, which then failed on every update), so the index folder has a
/// lock file of ours, held open with no sharing for as long as the writer lives. On Linux and macOS .NET takes an
/// advisory <c>flock</c> on it, which the kernel drops when the process ends, even on kill -9: no stale lock.
/// A test starts two processes to prove it (<c>IndexWriterLockTests</c>).
/// </summary>
public sealed class IndexWriterLock : IDisposable
{
    public const string FileName = "vertebra-writer.lock";

    private readonly FileStream _file;

    private IndexWriterLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of the index in <paramref name="folder"/>, or returns null when another writer holds it.</summary>
    public static IndexWriterLock? TryAcquire(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        try
        {
            return new IndexWriterLock(new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Takes the lock or fails with one clear sentence naming the folder.</summary>
    public static IndexWriterLock Acquire(string folder) =>
        TryAcquire(folder) ?? throw new InvalidOperationException(
            $"Another Vertebra program is writing the search index in {folder}. Only one may: stop the other one (a running site, or 'vertebra index rebuild') first.");

    public void Dispose() => _file.Dispose();
}
