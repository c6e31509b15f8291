using System.Reflection;

using Vertebra.Search.Understanding;

namespace Vertebra.Search;

/// <summary>
/// The query-understanding data: synonyms, abbreviations, question types and chatter word lists.
/// Loaded from the YAML files in content/search/ (shipped inside this assembly, or read from a folder).
/// Immutable and safe to share between threads.
/// </summary>
public sealed class QueryKnowledge
{
    private static readonly string[] FileNames = ["synonyms.yaml", "abbreviations.yaml", "question-types.yaml", "chatter.yaml", "synonyms-zh.yaml"];

    internal QueryKnowledge(SynonymTable synonyms, QuestionTypeCatalog types, ChatterLexicon chatter, ChineseQueryData? chinese = null)
    {
        Synonyms = synonyms;
        Types = types;
        Chatter = chatter;
        Chinese = chinese ?? ChineseQueryData.Empty;
    }

    internal SynonymTable Synonyms { get; }

    internal QuestionTypeCatalog Types { get; }

    internal ChatterLexicon Chatter { get; }

    /// <summary>Chinese synonyms, corrections and chatter words (synonyms-zh.yaml).</summary>
    internal ChineseQueryData Chinese { get; }

    /// <summary>The TREC LiveQA label of one of our question types (e.g. "side effects" → "SIDE_EFFECT"), or null.</summary>
    public string? LiveQaLabel(string questionType) =>
        Types.ByName.TryGetValue(questionType, out var info) ? info.LiveQaLabel : null;

    /// <summary>The data shipped with this library.</summary>
    public static QueryKnowledge Default { get; } = LoadEmbedded();

    /// <summary>Reads the data files from a folder (for example content/search/); a missing file falls back to the shipped copy.</summary>
    public static QueryKnowledge LoadFrom(string folder)
    {
        var texts = FileNames.ToDictionary(
            n => n,
            n => File.Exists(Path.Combine(folder, n)) ? File.ReadAllText(Path.Combine(folder, n)) : ReadEmbedded(n));
        return Build(texts);
    }

    private static QueryKnowledge LoadEmbedded() => Build(FileNames.ToDictionary(n => n, ReadEmbedded));

    private static QueryKnowledge Build(Dictionary<string, string> texts)
    {
        var synonyms = SynonymTable.Parse(texts["synonyms.yaml"], texts["abbreviations.yaml"]);
        var types = QuestionTypeCatalog.Parse(texts["question-types.yaml"]);
        var chatter = ChatterLexicon.Parse(texts["chatter.yaml"]);
        var chinese = ChineseQueryData.Parse(texts["synonyms-zh.yaml"]);
        return new QueryKnowledge(synonyms, types, chatter, chinese);
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Vertebra.Search.Data." + name)
            ?? throw new InvalidOperationException($"The data file {name} is missing from the Vertebra.Search assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
