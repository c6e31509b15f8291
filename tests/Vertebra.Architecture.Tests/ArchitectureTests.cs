namespace Vertebra.Architecture.Tests;

/// <summary>
/// The arrows of docs/architecture.md, checked against the project files and the source: capability projects never
/// reference a host or a database driver, the command line never references the web host, nothing references the
/// executable, and no project's namespaces use each other in a circle.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>Projects that do one job and know nothing of ASP.NET, hosts or databases.</summary>
    public static TheoryData<string> Capabilities => new() { "Vertebra.Content", "Vertebra.Guidance", "Vertebra.Claims", "Vertebra.Search", "Vertebra.Interop" };

    /// <summary>Every library project (all but the executable).</summary>
    public static TheoryData<string> Libraries => new(ProjectFile.All.Select(p => p.Name).Where(n => n != Host));

    public static TheoryData<string> AllProjects => new(ProjectFile.All.Select(p => p.Name));

    private const string Host = "Vertebra.Host";
    private static readonly string[] Hosts = ["Vertebra.Web", "Vertebra.Cli", Host];
    private static readonly string[] DatabaseDrivers = ["Npgsql", "Microsoft.Data.Sqlite", "Microsoft.Data.Sqlite.Core", "Dapper", "SQLitePCLRaw.bundle_e_sqlite3"];

    [Fact]
    public void TheProjectFiles_AreFound()
    {
        Assert.Contains(ProjectFile.All, p => p.Name == "Vertebra.Web");
        Assert.True(ProjectFile.All.Count >= 11, $"only {ProjectFile.All.Count} projects found under src/");
    }

    [Theory]
    [MemberData(nameof(Capabilities))]
    public void CapabilityProject_ReferencesNoHostAndNoDatabaseDriver(string name)
    {
        var project = ProjectFile.Named(name);

        Assert.Empty(project.Projects.Intersect(Hosts).Concat(project.Projects.Intersect(["Vertebra.Storage"])));
        Assert.Empty(project.Packages.Intersect(DatabaseDrivers));
        Assert.DoesNotContain("Microsoft.AspNetCore", string.Join(" ", project.Packages), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void NoLibrary_ReferencesWebOrTheCommandLineOrTheExecutable(string name) =>
        Assert.Empty(ProjectFile.Named(name).Projects.Intersect(Hosts));

    [Fact]
    public void CommandLine_DoesNotReferenceWeb() =>
        Assert.DoesNotContain("Vertebra.Web", ProjectFile.Named("Vertebra.Cli").Projects);

    [Fact]
    public void OnlyStorage_ReferencesADatabaseDriver()
    {
        var offenders = ProjectFile.All.Where(p => p.Name != "Vertebra.Storage" && p.Packages.Intersect(DatabaseDrivers).Any()).Select(p => p.Name);
        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(AllProjects))]
    public void Namespaces_DoNotUseEachOtherInACircle(string name)
    {
        var cycles = NamespaceGraph.Cycles(NamespaceGraph.Of(ProjectFile.Named(name)));

        Assert.True(cycles.Count == 0, "namespaces in a circle: " + string.Join("; ", cycles.Select(c => string.Join(" <-> ", c))));
    }

    [Fact]
    public void Cycles_AreFound_WhenTwoNamespacesUseEachOther()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["Vertebra.A"] = ["Vertebra.B"],
            ["Vertebra.B"] = ["Vertebra.C"],
            ["Vertebra.C"] = ["Vertebra.A"],
            ["Vertebra.D"] = ["Vertebra.A"],
        };

        var cycle = Assert.Single(NamespaceGraph.Cycles(graph));
        Assert.Equal(["Vertebra.A", "Vertebra.B", "Vertebra.C"], cycle);
    }
}
