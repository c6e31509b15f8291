namespace Vertebra.Search.Understanding;

/// <summary>The question types with their cue phrases and the MedQuAD types that answer them.</summary>
internal sealed class QuestionTypeCatalog
{
    public QuestionTypeCatalog(IReadOnlyList<QuestionTypeInfo> types)
    {
        All = types;
        ByName = types.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<QuestionTypeInfo> All { get; }

    public IReadOnlyDictionary<string, QuestionTypeInfo> ByName { get; }

    private static readonly string[] Keys = ["liveqa", "medquad", "cues"];

    /// <summary>Reads the question types file; a type without its lists, or with an unknown key, stops the load naming the file and line.</summary>
    /// <exception cref="SearchDataException">The file is malformed.</exception>
    public static QuestionTypeCatalog Parse(string yaml, string file)
    {
        if (YamlTree.Parse(yaml, file) is not Dictionary<string, object> root)
        {
            throw new SearchDataException(file, 1, "the question types file is a mapping of type names, each with medquad and cues lists.");
        }

        var types = new List<QuestionTypeInfo>();
        foreach (var (name, node) in root)
        {
            if (node is not Dictionary<string, object> body || YamlTree.Strings(body.GetValueOrDefault("cues")).Count == 0)
            {
                throw new SearchDataException(file, YamlTree.LineStarting(yaml, name + ":"), $"the question type '{name}' needs medquad and cues lists.");
            }

            if (body.Keys.FirstOrDefault(k => !Keys.Contains(k, StringComparer.Ordinal)) is { } unknown)
            {
                throw new SearchDataException(file, YamlTree.LineStarting(yaml, unknown + ":"), $"the question type '{name}' has an unknown key '{unknown}' (expected {string.Join(", ", Keys)}).");
            }

            var cues = YamlTree.Strings(body.GetValueOrDefault("cues"))
                .Select(c => c.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToList();
            types.Add(new QuestionTypeInfo(
                name,
                YamlTree.Strings(body.GetValueOrDefault("liveqa")).FirstOrDefault() ?? name.ToUpperInvariant(),
                YamlTree.Strings(body.GetValueOrDefault("medquad")),
                cues));
        }

        return new QuestionTypeCatalog(types);
    }
}

/// <summary>One question type.</summary>
internal sealed record QuestionTypeInfo(string Name, string LiveQaLabel, IReadOnlyList<string> MedQuadTypes, IReadOnlyList<string[]> Cues);
