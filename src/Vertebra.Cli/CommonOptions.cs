using System.CommandLine;

namespace Vertebra.Cli;

/// <summary>Options several commands share, with their defaults.</summary>
public static class CommonOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "Folder for the database and index. Default: $VERTEBRA_DATA, else ~/.local/share/vertebra.",
    };

    public static Option<string?> Content() => new("--content")
    {
        Description = "Bundled content used to fill an empty database. Default: $VERTEBRA_CONTENT, else the content folder shipped with Vertebra.",
    };

    public static string ResolveData(string? option)
    {
        var value = option ?? Environment.GetEnvironmentVariable("VERTEBRA_DATA");
        if (string.IsNullOrWhiteSpace(value))
        {
            value = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "vertebra");
        }

        return Path.GetFullPath(value);
    }

    public static string ResolveContent(string? option)
    {
        var value = option ?? Environment.GetEnvironmentVariable("VERTEBRA_CONTENT");
        return Path.GetFullPath(string.IsNullOrWhiteSpace(value) ? Path.Combine(AppContext.BaseDirectory, "content") : value);
    }
}
