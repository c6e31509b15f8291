using Vertebra.Tests.Shared;

namespace Vertebra.Claims.Tests;

/// <summary>The claim checker's files in the repository and the shared data (found by <see cref="RepositoryPaths"/>).</summary>
internal static class RepoPaths
{
    public static string RepoRoot => RepositoryPaths.Root;

    public static string ClaimsYaml => Path.Combine(RepositoryPaths.Content, "claims.yaml");

    public static string SharedRoot => RepositoryPaths.Shared;

    public static string DevSet => RepositoryPaths.SharedFile(Path.Combine("data", "claims", "dev.jsonl"));
}
