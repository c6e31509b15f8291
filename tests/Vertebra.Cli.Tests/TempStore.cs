using Microsoft.Data.Sqlite;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Cli.Tests;

/// <summary>A fresh SQLite store in its own temporary folder, removed afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "vertebra-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Store = new SqliteContentStore(Path.Combine(Folder, "vertebra.db"));
    }

    public string Folder { get; }

    public SqliteContentStore Store { get; }

    public string Path2(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
