using Vertebra.Tests.Shared;

namespace Vertebra.Guidance.Tests;

/// <summary>Finds the repository (the folder holding Vertebra.slnx), its rules and the shared data beside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot => RepositoryPaths.Root;

    public static string RulesDirectory => Path.Combine(RepoRoot, "content", "guidance");

    public static string SharedRoot => RepositoryPaths.Shared;

    public static string DevVignettes => Path.Combine(SharedRoot, "data", "vignettes", "dev.jsonl");

    public static string DevVignettes2 => Path.Combine(SharedRoot, "data", "vignettes", "dev-2.jsonl");

    public static string OwnVignettes => Path.Combine(RepoRoot, "tests", "Vertebra.Guidance.Tests", "Data", "own-vignettes.jsonl");

    public static string SharedSpec => Path.Combine(SharedRoot, "spec");

    public static bool SharedDataPresent => File.Exists(DevVignettes);
}
