using System.Runtime.InteropServices;

namespace Vertebra.Content.Import;

/// <summary>
/// Which files an importer may open: regular files inside the folder it was given. Symbolic links (which can lead
/// outside the folder, or to <c>/dev/zero</c>) and devices, pipes and sockets (which can hang a read for ever) are
/// passed over with a line in the import summary.
/// </summary>
internal static partial class RegularFiles
{
    /// <summary>Files whose name matches <paramref name="pattern"/> at any depth, in ordinal order, never through a link.</summary>
    public static List<string> Enumerate(string folder, string pattern, List<ImportSkip> skipped)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var directory in Directory.EnumerateDirectories(current, "*", options))
            {
                if (IsLink(directory))
                {
                    skipped.Add(new ImportSkip(directory, "it is a symbolic link; imports read only the folders and files really inside the folder."));
                }
                else
                {
                    pending.Push(directory);
                }
            }

            foreach (var file in Directory.EnumerateFiles(current, pattern, options))
            {
                if (Problem(file, followLink: false) is { } problem)
                {
                    skipped.Add(new ImportSkip(file, problem));
                }
                else
                {
                    found.Add(file);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        skipped.Sort((a, b) => string.CompareOrdinal(a.Where, b.Where));
        return found;
    }

    /// <summary>
    /// Why a path may not be read (a link, when links are not followed, or not a regular file), or null when it may.
    /// </summary>
    public static string? Problem(string path, bool followLink)
    {
        if (!followLink && IsLink(path))
        {
            return "it is a symbolic link; imports read only the files really inside the folder.";
        }

        return IsRegular(path, followLink) ? null : "it is not a regular file (a device, pipe or socket), so it was not read.";
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static bool IsRegular(string path, bool followLink)
    {
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere .NET reports devices and pipes as neither files nor folders only on Windows, where they do not
            // appear in folders; a link to one is already refused above.
            return File.Exists(path);
        }

        // statx has the same layout on every Linux architecture: stx_mode is a 16-bit field at byte 28.
        var buffer = new byte[256];
        const int AtFdCwd = -100;
        const int AtSymlinkNoFollow = 0x100;
        const uint StatxType = 0x1;
        if (Statx(AtFdCwd, path, followLink ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            return false;
        }

        var mode = BitConverter.ToUInt16(buffer, 28);
        const int TypeMask = 0xF000;
        const int Regular = 0x8000;
        return (mode & TypeMask) == Regular;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, byte[] buffer);
}
