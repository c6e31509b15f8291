namespace Vertebra.Claims.Tests;

/// <summary>Finds the repository (the folder holding Vertebra.slnx) and the shared data beside it.</summary>
internal static class RepoPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ClaimsYaml => Path.Combine(RepoRoot, "content", "claims.yaml");

    public static string SharedRoot => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string DevSet => Path.Combine(SharedRoot, "data", "claims", "dev.jsonl");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vertebra.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Vertebra.slnx not found above {AppContext.BaseDirectory}.");
    }
}
