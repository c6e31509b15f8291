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

    public static QuestionTypeCatalog Parse(string yaml)
    {
        if (YamlTree.Parse(yaml) is not Dictionary<string, object> root)
        {
            throw new FormatException("The question types file must be a mapping of type names.");
        }

        var types = new List<QuestionTypeInfo>();
        foreach (var (name, node) in root)
        {
            if (node is not Dictionary<string, object> body)
            {
                throw new FormatException($"Question type '{name}' needs medquad and cues lists.");
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
