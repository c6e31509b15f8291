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

    public static ChatterLexicon Parse(string yaml)
    {
        if (YamlTree.Parse(yaml) is not Dictionary<string, object> root)
        {
            throw new FormatException("The chatter file must be a mapping of lists.");
        }

        IReadOnlyList<string> List(string key) =>
            YamlTree.Strings(root.GetValueOrDefault(key)).Select(s => s.ToLowerInvariant()).OrderByDescending(s => s.Length).ToList();

        return new ChatterLexicon(List("greetings"), List("sign_offs"), List("filler_subjects"), List("backstory"), List("asks"), List("everyday_words"));
    }
}
