namespace Vertebra.Tests.Shared;

/// <summary>A fact that needs ../shared data; it skips with a clear message when the data is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath = "")
    {
        var path = Path.Combine(RepositoryPaths.Shared, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Skip = $"Shared test data not found at {path}: place the shared folder beside the repository to run this test.";
        }
    }
}
