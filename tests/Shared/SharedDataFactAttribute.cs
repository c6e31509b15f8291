namespace Vertebra.Tests.Shared;

/// <summary>A fact that needs ../shared data; it skips with a clear message when the data is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath = "")
        : this([relativePath])
    {
    }

    /// <param name="relativePaths">Every file or folder the test reads; it skips, naming the first missing one, unless all are there.</param>
    public SharedDataFactAttribute(params string[] relativePaths)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        foreach (var path in relativePaths.Select(p => Path.Combine(RepositoryPaths.Shared, p)))
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Skip = $"Shared test data not found at {path}: place the shared folder beside the repository to run this test.";
                return;
            }
        }
    }
}
