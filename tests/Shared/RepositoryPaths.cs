namespace Vertebra.Tests.Shared;

/// <summary>Finds the repository (the folder holding Vertebra.slnx) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedFile(string relative) => Path.Combine(Shared, relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Vertebra.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Could not find the folder that holds Vertebra.slnx.");
    }
}
