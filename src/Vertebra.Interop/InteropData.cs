using System.Text.RegularExpressions;
using Vertebra.Content;
using Vertebra.Interop.Catalogue;
using Vertebra.Interop.CdsHooks;
using YamlDotNet.RepresentationModel;

namespace Vertebra.Interop;

/// <summary>
/// The clinical data the interoperability services use, read from the content folder's <c>interop</c> folder at
/// start-up: what CDS cards cite and link to (<c>card-sources.yaml</c>) and the extra ICD-10 codes that mean a catalogue
/// condition (<c>icd10-aliases.yaml</c>). Anything malformed stops the start with the file and line.
/// </summary>
public sealed partial class InteropData
{
    public const string CardSourcesFile = "card-sources.yaml";
    public const string Icd10AliasesFile = "icd10-aliases.yaml";

    private InteropData(CardSources cards, IReadOnlyList<Icd10Alias> aliases)
    {
        Cards = cards;
        Icd10Aliases = aliases;
    }

    /// <summary>What the CDS cards cite and link to.</summary>
    public CardSources Cards { get; }

    /// <summary>ICD-10 codes outside the catalogue's own that mean one of its conditions, in file order.</summary>
    public IReadOnlyList<Icd10Alias> Icd10Aliases { get; }

    /// <summary>Reads both files from <paramref name="folder"/> and checks every article slug against <paramref name="articlesDirectory"/>.</summary>
    /// <exception cref="InteropDataException">A file is missing or wrong; the message names the file and line.</exception>
    public static InteropData Load(string folder, string articlesDirectory)
    {
        var cardsPath = Path.Combine(folder, CardSourcesFile);
        var aliasesPath = Path.Combine(folder, Icd10AliasesFile);
        return new InteropData(ReadCards(cardsPath, Root(cardsPath), articlesDirectory), ReadAliases(aliasesPath, Root(aliasesPath)));
    }

    private static CardSources ReadCards(string path, YamlMappingNode root, string articlesDirectory)
    {
        var file = new YamlFile(path);
        file.OnlyKeys(root, "department", "guideline", "red_flags_url", "articles");
        var guideline = file.Mapping(root, "guideline");
        file.OnlyKeys(guideline, "label", "url");
        var articles = file.Mapping(root, "articles");
        file.OnlyKeys(articles, "cauda_equina", "massage_safety", "traction", "exercise");
        string Article(string key)
        {
            var slug = file.Id(articles, key);
            return File.Exists(Path.Combine(articlesDirectory, slug + ".md"))
                ? slug
                : throw new InteropDataException($"{path}:{articles.Children[new YamlScalarNode(key)].Start.Line}: there is no article '{slug}' in {articlesDirectory}.");
        }

        return new CardSources(
            file.Text(root, "department"),
            file.Text(guideline, "label"),
            file.HttpsUrl(guideline, "url"),
            file.HttpsUrl(root, "red_flags_url"),
            CaudaEquinaArticle: Article("cauda_equina"),
            MassageSafetyArticle: Article("massage_safety"),
            TractionArticle: Article("traction"),
            ExerciseArticle: Article("exercise"));
    }

    private static List<Icd10Alias> ReadAliases(string path, YamlMappingNode root)
    {
        var file = new YamlFile(path);
        file.OnlyKeys(root, "aliases");
        if (!root.Children.TryGetValue(new YamlScalarNode("aliases"), out var node) || node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw new InteropDataException($"{path}:{root.Start.Line}: expected an 'aliases' list of {{code, condition}} entries.");
        }

        var aliases = new List<Icd10Alias>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                throw new InteropDataException($"{path}:{item.Start.Line}: each alias is a {{code, condition}} entry.");
            }

            file.OnlyKeys(entry, "code", "condition");
            var code = file.Text(entry, "code");
            if (Icd10Code.Normalize(code).Length == 0)
            {
                throw new InteropDataException($"{path}:{entry.Start.Line}: '{code}' is not an ICD-10 code such as M51.2.");
            }

            aliases.Add(new Icd10Alias(code, file.Id(entry, "condition")));
        }

        var repeated = aliases.GroupBy(a => a).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InteropDataException($"{path}: the alias {repeated.Key.Code} → {repeated.Key.ConditionId} is listed twice.");
        }

        return aliases;
    }

    private static YamlMappingNode Root(string path)
    {
        var stream = YamlFiles.Load(path, ex => new InteropDataException($"{path}: cannot be read: {ex.Message}", ex));

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new InteropDataException($"{path}:1: expected a mapping of keys to values.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    /// <summary>Reading one file's nodes, with every complaint naming the file and the node's line.</summary>
    private sealed class YamlFile(string path)
    {
        public void OnlyKeys(YamlMappingNode map, params string[] allowed)
        {
            foreach (var key in map.Children.Keys)
            {
                if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name, StringComparer.Ordinal))
                {
                    throw new InteropDataException($"{path}:{key.Start.Line}: unknown key '{key}' (expected {string.Join(", ", allowed)}).");
                }
            }
        }

        public YamlMappingNode Mapping(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode found
                ? found
                : throw new InteropDataException($"{path}:{map.Start.Line}: '{key}' must be a mapping.");

        public string Text(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0
                ? value.Trim()
                : throw new InteropDataException($"{path}:{(node ?? map).Start.Line}: '{key}' needs a value.");

        public string HttpsUrl(YamlMappingNode map, string key)
        {
            var value = Text(map, key);
            return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0
                ? value
                : throw new InteropDataException($"{path}:{map.Children[new YamlScalarNode(key)].Start.Line}: '{key}' must be an https address, not '{value}'.");
        }

        public string Id(YamlMappingNode map, string key)
        {
            var value = Text(map, key);
            return IdPattern().IsMatch(value)
                ? value
                : throw new InteropDataException($"{path}:{map.Children[new YamlScalarNode(key)].Start.Line}: '{value}' is not an id (lower-case words joined by hyphens).");
        }
    }
}
