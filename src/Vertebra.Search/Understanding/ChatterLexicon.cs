namespace Vertebra.Search.Understanding;

/// <summary>Greetings, sign-offs, empty subject lines and story openers: text around a question.</summary>
internal sealed record ChatterLexicon(
    IReadOnlyList<string> Greetings,
    IReadOnlyList<string> SignOffs,
    IReadOnlyList<string> FillerSubjects,
    IReadOnlyList<string> Backstory,
    IReadOnlyList<string> Asks,
    IReadOnlyList<string> EverydayWords)
{
    /// <summary>Every single word of every list: words the spelling fixer must leave alone.</summary>
    public IEnumerable<string> AllWords =>
        Greetings.Concat(SignOffs).Concat(FillerSubjects).Concat(Backstory).Concat(Asks).Concat(EverydayWords)
            .SelectMany(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static readonly string[] Lists = ["greetings", "sign_offs", "filler_subjects", "backstory", "asks", "everyday_words"];

    /// <summary>Reads the chatter file; an unknown list, or a list that is not a list of phrases, stops the load naming the file and line.</summary>
    /// <exception cref="SearchDataException">The file is malformed.</exception>
    public static ChatterLexicon Parse(string yaml, string file)
    {
        if (YamlTree.Parse(yaml, file) is not Dictionary<string, object> root)
        {
            throw new SearchDataException(file, 1, "the chatter file is a mapping of lists: " + string.Join(", ", Lists) + ".");
        }

        foreach (var (key, node) in root)
        {
            if (!Lists.Contains(key, StringComparer.Ordinal))
            {
                throw new SearchDataException(file, YamlTree.LineStarting(yaml, key + ":"), $"unknown list '{key}' (expected {string.Join(", ", Lists)}).");
            }

            if (node is not List<object> items || items.Any(i => i is not string { Length: > 0 }))
            {
                throw new SearchDataException(file, YamlTree.LineStarting(yaml, key + ":"), $"'{key}' must be a list of phrases.");
            }
        }

        IReadOnlyList<string> List(string key) =>
            YamlTree.Strings(root.GetValueOrDefault(key)).Select(s => s.ToLowerInvariant()).OrderByDescending(s => s.Length).ToList();

        return new ChatterLexicon(List("greetings"), List("sign_offs"), List("filler_subjects"), List("backstory"), List("asks"), List("everyday_words"));
    }
}
