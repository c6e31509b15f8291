using YamlDotNet.RepresentationModel;

namespace Vertebra.Search.Understanding;

/// <summary>
/// The Chinese query data of <c>content/search/synonyms-zh.yaml</c>: synonym groups, corrections of common wrong
/// characters, and chatter words. Read strictly: a mistake in the file is an error naming its line, never a silently
/// ignored entry. Immutable.
/// </summary>
internal sealed class ChineseQueryData
{
    private ChineseQueryData(List<IReadOnlyList<string>> groups, List<KeyValuePair<string, string>> corrections, HashSet<string> chatter)
    {
        Groups = groups;
        Corrections = corrections;
        Chatter = chatter;
        Names = [.. groups.SelectMany((g, i) => g.Select(name => (name, i))).OrderByDescending(n => n.name.Length).ThenBy(n => n.name, StringComparer.Ordinal)];
    }

    /// <summary>Groups of names for one thing; the first name is the one reported.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>Every name with its group, longest first (so the longest name at a place wins).</summary>
    public IReadOnlyList<(string Name, int Group)> Names { get; }

    /// <summary>Wrong → right, longest wrong form first.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Corrections { get; }

    /// <summary>Whole words that ask, greet or thank without saying what about.</summary>
    public IReadOnlySet<string> Chatter { get; }

    public static ChineseQueryData Empty { get; } = new([], [], new HashSet<string>(StringComparer.Ordinal));

    /// <exception cref="FormatException">The file is not valid; the message names the line.</exception>
    public static ChineseQueryData Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new FormatException($"synonyms-zh.yaml line {ex.Start.Line}: {ex.Message}", ex);
        }

        if (stream.Documents.Count == 0)
        {
            return Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(stream.Documents[0].RootNode, "the file must be a mapping with 'groups', 'corrections' and 'chatter'.");
        }

        var groups = new List<IReadOnlyList<string>>();
        var corrections = new List<KeyValuePair<string, string>>();
        var chatter = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value;
            switch (key)
            {
                case "groups":
                    foreach (var item in Sequence(value, "'groups'"))
                    {
                        var names = Sequence(item, "a group").Select(n => Name(n, "a name in a group")).ToList();
                        if (names.Count < 2)
                        {
                            throw Error(item, "a group needs at least two names.");
                        }

                        foreach (var name in names)
                        {
                            if (!seen.TryAdd(name, groups.Count))
                            {
                                throw Error(item, $"'{name}' is already in group {seen[name] + 1}.");
                            }
                        }

                        groups.Add(names);
                    }

                    break;
                case "corrections":
                    if (value is not YamlMappingNode map)
                    {
                        throw Error(value, "'corrections' must be a mapping of 'wrong: right' lines.");
                    }

                    foreach (var (wrong, right) in map.Children)
                    {
                        var from = Name(wrong, "a wrong form");
                        var to = Name(right, $"the right form of '{from}'");
                        if (from == to)
                        {
                            throw Error(wrong, $"'{from}' is corrected to itself.");
                        }

                        corrections.Add(new(from, to));
                    }

                    break;
                case "chatter":
                    foreach (var word in Sequence(value, "'chatter'"))
                    {
                        chatter.Add(Name(word, "a chatter word"));
                    }

                    break;
                default:
                    throw Error(keyNode, $"unknown key '{key}'; allowed: groups, corrections, chatter.");
            }
        }

        corrections.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
        return new ChineseQueryData(groups, corrections, chatter);
    }

    private static YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what} must be a list.");

    private static string Name(YamlNode node, string what)
    {
        var text = (node as YamlScalarNode)?.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw Error(node, $"{what} must be a single non-empty value.");
        }

        return Semantic.Script.HasHan(text) ? text : throw Error(node, $"{what} '{text}' has no Chinese character.");
    }

    private static FormatException Error(YamlNode node, string problem) => new($"synonyms-zh.yaml line {node.Start.Line}: {problem}");
}
