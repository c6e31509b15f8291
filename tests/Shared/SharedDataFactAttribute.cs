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
    public SharedDataFactAttribute(params string[] relativePaths) => Skip = SharedDataSkip.Reason(relativePaths);
}

/// <summary>A theory that needs ../shared data; it skips with a clear message when the data is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <param name="relativePaths">Every file or folder the test reads; it skips, naming the first missing one, unless all are there.</param>
    public SharedDataTheoryAttribute(params string[] relativePaths) => Skip = SharedDataSkip.Reason(relativePaths);
}

internal static class SharedDataSkip
{
    /// <summary>Null when every path exists under ../shared; else a message naming the first missing one.</summary>
    public static string? Reason(string[] relativePaths)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        return relativePaths.Select(p => Path.Combine(RepositoryPaths.Shared, p)).FirstOrDefault(path => !File.Exists(path) && !Directory.Exists(path)) is { } missing
            ? $"Shared test data not found at {missing}: place the shared folder beside the repository to run this test."
            : null;
    }
}
