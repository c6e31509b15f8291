namespace Vertebra.Storage.Tests;

/// <summary>A temp folder for content files or a database, deleted at the end of the test.</summary>
internal sealed class TempContentFolder : IDisposable
{
    public TempContentFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vertebra-storage-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
