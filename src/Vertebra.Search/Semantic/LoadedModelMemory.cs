using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Vertebra.Search.Semantic;

/// <summary>
/// Gives back the memory that loading the encoder needs only once. The model ships as a 91 MB resource inside an
/// assembly, and loading it leaves three copies behind that are never used again once the ONNX Runtime session holds
/// its own weights: the resource's pages of the mapped assembly (read once, then resident for the life of the process),
/// the 91 MB array the library copies them into (garbage on the large-object heap), and the free memory the model's
/// parse leaves in the C heap. Measured on the serve command (docs/benchmarks.md): 86 MB, 73 MB and 30 MB of resident
/// memory.
/// </summary>
internal static partial class LoadedModelMemory
{
    /// <summary>Linux's advice to reclaim a range's pages now (5.4 and later; older kernels refuse it, harmlessly).</summary>
    private const int MadvPageout = 21;

    /// <summary>Call once, right after the session was created from <paramref name="resourceName"/>.</summary>
    public static void Release(Assembly assembly, string resourceName)
    {
        // The array is unreachable now; a compacting collection of the large-object heap returns its pages.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Giving memory back is a saving, never a reason to fail: a C library that cannot be found under "libc" or has
        // no malloc_trim (musl) leaves the memory where it is.
        try
        {
            PageOut(assembly, resourceName);
            _ = MallocTrim(0);
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }
    }

    /// <summary>
    /// Asks the kernel to drop the resource's pages from this process. They are clean pages of a read-only file mapping,
    /// so nothing is lost: were the resource read again, its pages would come back from the file.
    /// </summary>
    private static unsafe void PageOut(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName) as UnmanagedMemoryStream;
        if (stream is null)
        {
            return;
        }

        long page = Environment.SystemPageSize;
        var start = (long)stream.PositionPointer;
        var first = start / page * page;
        var end = (start + stream.Length + page - 1) / page * page;
        _ = Madvise((nint)first, (nuint)(end - first), MadvPageout);
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
