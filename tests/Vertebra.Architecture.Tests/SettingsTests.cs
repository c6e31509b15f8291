using Vertebra.Tests.Shared;

namespace Vertebra.Architecture.Tests;

/// <summary>
/// Deployment settings are read in one class: <c>VertebraOptions</c> binds every <c>VERTEBRA_*</c> environment variable,
/// so no other source file under <c>src/</c> may name one (not even in a comment, which would go stale).
/// </summary>
public sealed class SettingsTests
{
    private const string Prefix = "VERTEBRA_";
    private static readonly string SettingsClass = Path.Combine("src", "Vertebra.Settings", "VertebraOptions.cs");

    [Fact]
    public void OnlyVertebraOptions_NamesAVertebraEnvironmentVariable()
    {
        var offenders = Offenders(Path.Combine(RepositoryPaths.Root, "src"));

        Assert.True(offenders.Count == 0, "read the setting through VertebraOptions instead: " + string.Join("; ", offenders));
    }

    [Fact]
    public void TheSettingsClass_IsWhereTheTestLooks() =>
        Assert.Contains(Prefix, File.ReadAllText(Path.Combine(RepositoryPaths.Root, SettingsClass)), StringComparison.Ordinal);

    [Fact]
    public void AVariableReadElsewhere_IsFound()
    {
        var folder = Directory.CreateTempSubdirectory("vertebra-settings-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Elsewhere.cs"), "class Elsewhere { string? A = System.Environment.GetEnvironmentVariable(\"VERTEBRA_DATA\"); }");

            Assert.Equal(["Elsewhere.cs:1"], Offenders(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Source files (C#, Razor, project files) under <paramref name="root"/> that name a VERTEBRA_ variable, as file:line.</summary>
    private static List<string> Offenders(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path) is ".cs" or ".cshtml" or ".csproj" or ".razor")
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(path => !path.EndsWith(SettingsClass, StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path)
                .Select((line, index) => (line, index))
                .Where(x => x.line.Contains(Prefix, StringComparison.Ordinal))
                .Select(x => $"{Path.GetRelativePath(root, path)}:{x.index + 1}"))
            .ToList();
}
