namespace Vertebra.Guidance.Tests;

/// <summary>Finds the repository (the folder holding Vertebra.slnx), its rules and the shared data beside it.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepoRoot => Root.Value;

    public static string RulesDirectory => Path.Combine(RepoRoot, "content", "guidance");

    public static string SharedRoot => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string DevVignettes => Path.Combine(SharedRoot, "data", "vignettes", "dev.jsonl");

    public static string DevVignettes2 => Path.Combine(SharedRoot, "data", "vignettes", "dev-2.jsonl");

    public static string OwnVignettes => Path.Combine(RepoRoot, "tests", "Vertebra.Guidance.Tests", "Data", "own-vignettes.jsonl");

    public static string SharedSpec => Path.Combine(SharedRoot, "spec");

    public static bool SharedDataPresent => File.Exists(DevVignettes);

    public static bool SharedSpecPresent => File.Exists(Path.Combine(SharedSpec, "case-facts.schema.json"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vertebra.slnx")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        throw new InvalidOperationException("Could not find Vertebra.slnx above " + AppContext.BaseDirectory);
    }
}
