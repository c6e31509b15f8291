using System.Xml.Linq;
using Vertebra.Tests.Shared;

namespace Vertebra.Architecture.Tests;

/// <summary>The projects under <c>src/</c> as their project files declare them: project and package references.</summary>
internal sealed record ProjectFile(string Name, IReadOnlyList<string> Projects, IReadOnlyList<string> Packages, string Folder)
{
    public static IReadOnlyList<ProjectFile> All { get; } = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
        .Select(Read).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    public static ProjectFile Named(string name) => All.Single(p => p.Name == name);

    private static ProjectFile Read(string path)
    {
        var document = XDocument.Load(path);
        var projects = document.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension((string?)e.Attribute("Include") ?? "")).ToList();
        var packages = document.Descendants("PackageReference").Select(e => (string?)e.Attribute("Include") ?? "").ToList();
        return new ProjectFile(Path.GetFileNameWithoutExtension(path), projects, packages, Path.GetDirectoryName(path)!);
    }
}
