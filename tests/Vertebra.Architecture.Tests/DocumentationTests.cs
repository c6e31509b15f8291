using System.Text.RegularExpressions;
using Vertebra.Tests.Shared;

namespace Vertebra.Architecture.Tests;

/// <summary>
/// docs/architecture.md draws the projects and their arrows, and the README's layout names the projects: both are
/// checked against the project files, so a new project or reference cannot leave them behind.
/// </summary>
public sealed partial class DocumentationTests
{
    [Fact]
    public void ArchitectureDrawing_HasEveryProject_WithExactlyItsProjectReferences()
    {
        var drawn = DrawnArrows(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md")));

        Assert.Equal(ProjectFile.All.Select(p => p.Name).Order(StringComparer.Ordinal), drawn.Keys.Order(StringComparer.Ordinal));
        Assert.All(ProjectFile.All, project =>
            Assert.True(project.Projects.Order(StringComparer.Ordinal).SequenceEqual(drawn[project.Name].Order(StringComparer.Ordinal)),
                $"{project.Name}: drawn -> {string.Join(", ", drawn[project.Name])}; references {string.Join(", ", project.Projects)}"));
    }

    [Fact]
    public void ReadmeLayout_NamesEveryProject()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var layout = readme[readme.IndexOf("## Layout", StringComparison.Ordinal)..];
        layout = layout[..layout.IndexOf("\n## ", 3, StringComparison.Ordinal)];

        Assert.All(ProjectFile.All, project => Assert.Contains(project.Name["Vertebra.".Length..], layout, StringComparison.Ordinal));
    }

    [Fact]
    public void DrawnArrows_ReadsContinuationLinesAndStandingAlone()
    {
        const string doc = "## Projects and arrows\n\n```\nVertebra.A   does a thing   -> B,\n                C\nVertebra.B   other   (stands alone)\nVertebra.C   third -> B\n```\n";

        var drawn = DrawnArrows(doc);

        Assert.Equal(["Vertebra.B", "Vertebra.C"], drawn["Vertebra.A"]);
        Assert.Empty(drawn["Vertebra.B"]);
        Assert.Equal(["Vertebra.B"], drawn["Vertebra.C"]);
    }

    /// <summary>The first code block after "Projects and arrows": each project and the projects its arrow names.</summary>
    private static Dictionary<string, List<string>> DrawnArrows(string markdown)
    {
        var section = markdown[markdown.IndexOf("## Projects and arrows", StringComparison.Ordinal)..];
        var start = section.IndexOf("```", StringComparison.Ordinal) + 3;
        var block = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        var entries = new List<string>();
        foreach (var line in block.Split('\n'))
        {
            if (line.StartsWith("Vertebra.", StringComparison.Ordinal))
            {
                entries.Add(line);
            }
            else if (line.Trim().Length > 0 && entries.Count > 0)
            {
                entries[^1] += " " + line.Trim();
            }
        }

        return entries.ToDictionary(
            e => e[..e.IndexOf(' ', StringComparison.Ordinal)],
            e => e.Contains("->", StringComparison.Ordinal)
                ? Name().Matches(e[(e.IndexOf("->", StringComparison.Ordinal) + 2)..]).Select(m => "Vertebra." + m.Value).ToList()
                : [],
            StringComparer.Ordinal);
    }

    [GeneratedRegex("[A-Z][A-Za-z]*")]
    private static partial Regex Name();
}
