using System.Text.RegularExpressions;

namespace Vertebra.Architecture.Tests;

/// <summary>
/// Which Vertebra namespaces each namespace of a project uses, read from the C# files' <c>namespace</c> and
/// <c>using</c> lines (and, for Razor pages, <c>@using</c> lines beside their page model's namespace).
/// </summary>
internal static partial class NamespaceGraph
{
    public static Dictionary<string, HashSet<string>> Of(ProjectFile project)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(project.Folder, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
        {
            var text = File.ReadAllText(file);
            var declared = Declared().Match(text);
            if (!declared.Success)
            {
                continue;
            }

            var from = declared.Groups["name"].Value;
            var uses = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match used in Using().Matches(text))
            {
                var to = used.Groups["name"].Value;
                if (used.Groups["static"].Success)
                {
                    to = to[..to.LastIndexOf('.')]; // a type: its namespace is what is used
                }

                if (to != from && !from.StartsWith(to + ".", StringComparison.Ordinal))
                {
                    uses.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>Every cycle's namespaces, each cycle once (as its strongly connected component).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var index = 0;
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            indexes[node] = low[node] = index++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.TryGetValue(node, out var edges) ? edges : [])
            {
                if (!graph.ContainsKey(next))
                {
                    continue; // another project's namespace: project references already run one way
                }

                if (!indexes.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], indexes[next]);
                }
            }

            if (low[node] == indexes[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal).Where(n => !indexes.ContainsKey(n)))
        {
            Visit(node);
        }

        return cycles;
    }

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex(@"^namespace\s+(?<name>Vertebra[\w.]*)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex Declared();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?<static>static\s+)?(?<name>Vertebra[\w.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();
}
