using Lucene.Net.Analysis;
using Vertebra.Search.Indexing;

namespace Vertebra.Search.Understanding;

/// <summary>Groups of names for the same thing, matched on stemmed words.</summary>
internal sealed class SynonymTable
{
    private readonly List<Group> groups = [];
    private readonly Dictionary<string, List<(string[] Tokens, int Group, string Phrase)>> byFirstToken = new(StringComparer.Ordinal);

    public int GroupCount => groups.Count;

    public IEnumerable<string> AllNames => groups.SelectMany(g => g.Names);

    public int MaxPhraseLength { get; private set; }

    public static SynonymTable Parse(params string[] yamlTexts)
    {
        var table = new SynonymTable();
        using var analyzer = Analyzers.CreateKey();
        foreach (var text in yamlTexts)
        {
            if (YamlTree.Parse(text) is not Dictionary<string, object> root || !root.TryGetValue("groups", out var node) || node is not List<object> list)
            {
                throw new FormatException("A synonyms file needs a 'groups:' list.");
            }

            foreach (var item in list)
            {
                var names = YamlTree.Strings(item);
                if (names.Count >= 2)
                {
                    table.Add(analyzer, names);
                }
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
