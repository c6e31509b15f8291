namespace Vertebra.Search.Tests;

/// <summary>Finds ../shared/data next to the repository (the folder holding Vertebra.slnx).</summary>
internal static class SharedData
{
    public static string? Folder { get; } = Locate();

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Folder ?? throw new InvalidOperationException("Shared data is absent."), .. parts]);

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Vertebra.slnx")))
            {
                var data = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
                return File.Exists(System.IO.Path.Combine(data, "medquad", "corpus.jsonl.gz")) ? data : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that is skipped, with a clear message, when ../shared/data is absent.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = "Shared data (../shared/data/medquad and liveqa next to the repository) is absent.";
        }
    }
}
