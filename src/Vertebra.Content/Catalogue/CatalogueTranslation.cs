using Vertebra.Content.Model;
using YamlDotNet.Core;

namespace Vertebra.Content.Catalogue;

/// <summary>A condition's name, lay names and short description in another language.</summary>
public sealed record ConditionTranslation(string Id, string Name, IReadOnlyList<string> Synonyms, string Description);

/// <summary>A condition group's name in another language.</summary>
public sealed record ConditionGroupTranslation(string Id, string Name);

/// <summary>
/// The condition catalogue (<c>conditions.yaml</c>) in another language, from <c>conditions.{language}.yaml</c> beside
/// it (today <c>conditions.zh.yaml</c>): names for the pages of that edition and lay names for its search synonyms.
/// The English catalogue stays the one source of ids, ICD-10 codes, clinics and sources; a translation only names.
/// </summary>
public sealed record CatalogueTranslation(string Language, IReadOnlyList<ConditionGroupTranslation> Groups, IReadOnlyList<ConditionTranslation> Conditions)
{
    /// <summary>The file name of the translation into <paramref name="language"/>.</summary>
    public static string FileName(string language) => $"conditions.{language}.yaml";

    public ConditionTranslation? Condition(string id) => Conditions.FirstOrDefault(c => c.Id == id);

    public ConditionGroupTranslation? Group(string id) => Groups.FirstOrDefault(g => g.Id == id);

    /// <summary>
    /// Reads <c>conditions.{language}.yaml</c> from the content folder, checking that every id is in the catalogue
    /// (<paramref name="conditionIds"/>, <paramref name="groupIds"/>), each appears once, and each has a name.
    /// Null when the folder has no such file. Problems are reported with file and line.
    /// </summary>
    public static CatalogueTranslation? ReadFolder(string folder, string language, IReadOnlySet<string> conditionIds, IReadOnlySet<string> groupIds)
    {
        var path = Path.Combine(folder, FileName(language));
        return File.Exists(path) ? Read(File.ReadAllText(path), path, language, conditionIds, groupIds) : null;
    }

    public static CatalogueTranslation Read(string yaml, string fileName, string language, IReadOnlySet<string> conditionIds, IReadOnlySet<string> groupIds)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(conditionIds);
        ArgumentNullException.ThrowIfNull(groupIds);
        TranslationFile file;
        try
        {
            file = Yaml.Reader.Deserialize<TranslationFile>(yaml) ?? new TranslationFile();
        }
        catch (YamlException ex)
        {
            throw new ContentImportException(fileName, (int)Math.Min(int.MaxValue, ex.Start.Line), $"the file is not valid: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        if (file.Language?.Trim() != language || !ArticleLanguages.IsKnown(language))
        {
            throw new ContentImportException(fileName, Yaml.LineOf(yaml, "language:"), $"the file must say 'language: {language}', a language the site publishes.");
        }

        var groups = new List<ConditionGroupTranslation>();
        foreach (var g in file.Groups ?? [])
        {
            var id = Known(g.Id, groupIds, "group", fileName, yaml);
            groups.Add(new ConditionGroupTranslation(id, Named(g.Name, id, fileName, yaml)));
        }

        var conditions = new List<ConditionTranslation>();
        foreach (var c in file.Conditions ?? [])
        {
            var id = Known(c.Id, conditionIds, "condition", fileName, yaml);
            var synonyms = (c.Synonyms ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
            conditions.Add(new ConditionTranslation(id, Named(c.Name, id, fileName, yaml), synonyms, c.Description?.Trim() ?? ""));
        }

        Unique(groups.Select(g => g.Id), fileName, yaml);
        Unique(conditions.Select(c => c.Id), fileName, yaml);
        return new CatalogueTranslation(language, groups, conditions);
    }

    private static string Known(string? id, IReadOnlySet<string> known, string what, string fileName, string yaml)
    {
        var trimmed = id?.Trim() ?? "";
        if (!known.Contains(trimmed))
        {
            throw new ContentImportException(fileName, Yaml.LineOf(yaml, "id: " + trimmed), $"the {what} id '{trimmed}' is not in the catalogue (conditions.yaml).");
        }

        return trimmed;
    }

    private static string Named(string? name, string id, string fileName, string yaml) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new ContentImportException(fileName, Yaml.LineOf(yaml, "id: " + id), $"'{id}' has no name.")
            : name.Trim();

    private static void Unique(IEnumerable<string> ids, string fileName, string yaml)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids.Where(id => !seen.Add(id)))
        {
            throw new ContentImportException(fileName, Yaml.LineOf(yaml, "id: " + id), $"'{id}' is listed twice.");
        }
    }

    private sealed class TranslationFile
    {
        public string? Language { get; set; }
        public List<GroupEntry>? Groups { get; set; }
        public List<ConditionEntry>? Conditions { get; set; }
    }

    private sealed class GroupEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
    }

    private sealed class ConditionEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public List<string>? Synonyms { get; set; }
        public string? Description { get; set; }
    }
}
