namespace Vertebra.Storage;

/// <summary>
/// Folders and files only the account running Vertebra may open (700 and 600): the data folder holds password hashes
/// and sign-in keys. A folder or file that already exists with looser modes is tightened. Does nothing on Windows.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void CreateFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);
        Tighten(path, FolderMode);
    }

    /// <summary>Creates an empty file with mode 600 when it is missing (SQLite then keeps that mode for its -wal and -shm files).</summary>
    public static void CreateFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first.
            }
        }

        Tighten(path, FileMode);
    }

    private static void Tighten(string path, UnixFileMode wanted)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            if ((File.GetUnixFileMode(path) & ~wanted) != 0)
            {
                File.SetUnixFileMode(path, wanted);
            }
        }
        catch (UnauthorizedAccessException)
        {
            // Owned by another account: leave it; the operator chose that.
        }
    }
}
