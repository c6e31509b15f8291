namespace Vertebra.Bench;

/// <summary>The repository root (the folder holding Vertebra.slnx), found from the working folder or the program's folder.</summary>
internal static class BenchPaths
{
    public static string Root { get; } = Find(Environment.CurrentDirectory) ?? Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Run the benchmarks from inside the Vertebra repository.");

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vertebra.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
