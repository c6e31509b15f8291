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

    /// <summary>
    /// Reads the data files from a folder (for example content/search/). Every file must be there and well formed: a
    /// missing or malformed one stops the load naming the file (and line), never falling back to the shipped copy.
    /// </summary>
    /// <exception cref="SearchDataException">A file is missing or malformed.</exception>
    public static QueryKnowledge LoadFrom(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var texts = new Dictionary<string, (string Path, string Text)>(StringComparer.Ordinal);
        foreach (var name in FileNames)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                throw new SearchDataException(path, null, $"the file is missing; the search data folder needs {string.Join(", ", FileNames)}.");
            }

            texts[name] = (path, File.ReadAllText(path));
        }

        return Build(texts);
    }

    private static QueryKnowledge LoadEmbedded() =>
        Build(FileNames.ToDictionary(n => n, n => ("Vertebra.Search.Data/" + n, ReadEmbedded(n)), StringComparer.Ordinal));

    private static QueryKnowledge Build(Dictionary<string, (string Path, string Text)> files)
    {
        var synonyms = SynonymTable.Parse(files["synonyms.yaml"], files["abbreviations.yaml"]);
        var types = QuestionTypeCatalog.Parse(files["question-types.yaml"].Text, files["question-types.yaml"].Path);
        var chatter = ChatterLexicon.Parse(files["chatter.yaml"].Text, files["chatter.yaml"].Path);
        var chinese = ChineseQueryData.Parse(files["synonyms-zh.yaml"].Text);
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
