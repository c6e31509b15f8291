using Lucene.Net.Analysis;
using Vertebra.Search.Indexing;
using YamlDotNet.RepresentationModel;

namespace Vertebra.Search.Understanding;

/// <summary>Groups of names for the same thing, matched on stemmed words.</summary>
internal sealed class SynonymTable
{
    private readonly List<Group> groups = [];
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string[] Tokens, int Group, string Phrase)>> byFirstToken = new(StringComparer.Ordinal);

    public int GroupCount => groups.Count;

    public IEnumerable<string> AllNames => groups.SelectMany(g => g.Names);

    /// <summary>True when some group lists this name as written (any case): "aids" is listed, "eds" is not.</summary>
    public bool HasName(string name) => names.Contains(name);

    public int MaxPhraseLength { get; private set; }

    /// <summary>
    /// Reads synonym files (each a <c>groups:</c> list of lists of names). Nothing malformed is skipped: a group that is
    /// not a list of two or more names, or a name with no word to match, stops the load naming the file and line.
    /// </summary>
    /// <exception cref="SearchDataException">A file is malformed.</exception>
    public static SynonymTable Parse(params (string File, string Yaml)[] files)
    {
        var table = new SynonymTable();
        using var analyzer = Analyzers.CreateKey();
        foreach (var (file, yaml) in files)
        {
            var root = YamlTree.Root(yaml, file);
            if (root is not YamlMappingNode map || map.Children.Count != 1
                || !map.Children.TryGetValue(new YamlScalarNode("groups"), out var node) || node is not YamlSequenceNode list)
            {
                throw new SearchDataException(file, root.Start.Line, "a synonyms file is one 'groups:' list of groups, such as - [sciatica, sciatic nerve pain].");
            }

            foreach (var item in list.Children)
            {
                if (item is not YamlSequenceNode group || group.Children.Count < 2
                    || group.Children.Any(n => n is not YamlScalarNode { Value: { } v } || v.Trim().Length == 0))
                {
                    throw new SearchDataException(file, item.Start.Line, "each group is a list of two or more names, such as [sciatica, sciatic nerve pain].");
                }

                var names = group.Children.Cast<YamlScalarNode>().ToList();
                var wordless = names.FirstOrDefault(n => TermExtractor.Terms(analyzer, n.Value!).Count == 0);
                if (wordless is not null)
                {
                    throw new SearchDataException(file, wordless.Start.Line, $"the name '{wordless.Value}' has no word that search could match.");
                }

                table.Add(analyzer, names.Select(n => n.Value!.Trim()).ToList());
            }
        }

        return table;
    }

    private void Add(Analyzer analyzer, IReadOnlyList<string> names)
    {
        var id = groups.Count;
        var group = new Group(names[0], names.ToList(), []);
        groups.Add(group);
        foreach (var name in names)
        {
            this.names.Add(name);
            var tokens = TermExtractor.Terms(analyzer, name).ToArray();
            if (tokens.Length == 0)
            {
                continue;
            }

            group.TokenForms.Add(tokens);
            MaxPhraseLength = Math.Max(MaxPhraseLength, tokens.Length);
            if (!byFirstToken.TryGetValue(tokens[0], out var entries))
            {
                entries = [];
                byFirstToken[tokens[0]] = entries;
            }

            entries.Add((tokens, id, name));
        }
    }

    /// <summary>
    /// Finds synonym phrases in a token sequence, longest first, without overlaps.
    /// <paramref name="isUpper"/> tells whether the original word at a position was written in capitals:
    /// one- or two-letter short forms ("ED", "MI") only count when written in capitals.
    /// </summary>
    public List<SynonymMatch> Find(IReadOnlyList<string> tokens, Func<int, bool> isUpper)
    {
        var matches = new List<SynonymMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            SynonymMatch? best = null;
            if (byFirstToken.TryGetValue(tokens[i], out var entries))
            {
                foreach (var (phrase, group, name) in entries)
                {
                    if (phrase.Length <= (best?.Length ?? 0) || i + phrase.Length > tokens.Count)
                    {
                        continue;
                    }

                    var same = true;
                    for (var k = 0; k < phrase.Length && same; k++)
                    {
                        same = tokens[i + k] == phrase[k];
                    }

                    if (!same || (phrase.Length == 1 && name.Length <= 2 && !isUpper(i)))
                    {
                        continue;
                    }

                    var g = groups[group];
                    best = new SynonymMatch(i, phrase.Length, name, g.Preferred, g.Names.Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase)).ToList(), g.TokenForms.Where(t => !t.SequenceEqual(phrase)).ToList());
                }
            }

            if (best is null)
            {
                i++;
            }
            else
            {
                matches.Add(best);
                i += best.Length;
            }
        }

        return matches;
    }

    private sealed record Group(string Preferred, List<string> Names, List<string[]> TokenForms);
}

/// <summary>A synonym phrase found in a query.</summary>
internal sealed record SynonymMatch(int Start, int Length, string Matched, string Preferred, IReadOnlyList<string> Alternatives, IReadOnlyList<string[]> AlternativeTokens);
