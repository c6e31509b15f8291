using System.Globalization;
using Vertebra.Content.Model;
using YamlDotNet.Core;

namespace Vertebra.Content.Sources;

/// <summary>
/// The registry of sources (<c>content/sources.yaml</c>). Loading checks every entry (https, a trusted
/// publisher's host, a known replacement); citing refuses an unknown id and a superseded guideline.
/// </summary>
public sealed class SourceRegistry
{
    public const string FileName = "sources.yaml";

    private readonly Dictionary<string, Source> byId;

    private SourceRegistry(IReadOnlyList<Source> sources)
    {
        All = sources;
        byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public static SourceRegistry Empty { get; } = new([]);

    public IReadOnlyList<Source> All { get; }

    public bool Contains(string id) => byId.ContainsKey(id);

    public Source? Find(string id) => byId.GetValueOrDefault(id);


    public static SourceRegistry Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        SourcesFile file;
        try
        {
            file = Yaml.Reader.Deserialize<SourcesFile>(yaml) ?? new SourcesFile();
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException?.Message ?? ex.Message;
            throw new ContentImportException(fileName, (int)Math.Min(int.MaxValue, ex.Start.Line), $"the file is not valid: {inner}", ex);
        }

        var sources = new List<Source>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in file.Sources ?? [])
        {
            var id = Need(e.Id, "id", fileName, yaml, e.Title);
            var line = Yaml.LineOf(yaml, "id: " + id);
            if (!Slugs.IsValid(id))
            {
                throw new ContentImportException(fileName, line, $"the source id '{id}' must be lower-case words joined by hyphens.");
            }

            if (!seen.Add(id))
            {
                throw new ContentImportException(fileName, line, $"the source '{id}' is listed twice.");
            }

            var url = Need(e.Url, "url", fileName, yaml, id).Trim();
            if (TrustedPublishers.Problem(url) is { } problem)
            {
                throw new ContentImportException(fileName, Yaml.LineOf(yaml, url) ?? line, $"the source '{id}': {problem}");
            }

            var checkedText = Need(e.Checked, "checked", fileName, yaml, id).Trim();
            if (!DateOnly.TryParseExact(checkedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var checkedOn))
            {
                throw new ContentImportException(fileName, line, $"the source '{id}': 'checked' must be a date written as YYYY-MM-DD, not '{checkedText}'.");
            }

            if (e.Year is { } year && (year < 1900 || year > 2100))
            {
                throw new ContentImportException(fileName, line, $"the source '{id}': the year {year} is not plausible.");
            }

            sources.Add(new Source
            {
                Id = id,
                Publisher = Need(e.Publisher, "publisher", fileName, yaml, id).Trim(),
                Title = Need(e.Title, "title", fileName, yaml, id).Trim(),
                Url = url,
                Guideline = Blank(e.Guideline),
                Version = Blank(e.Version),
                Year = e.Year,
                Checked = checkedOn,
                SupersededBy = Blank(e.SupersededBy),
            });
        }

        foreach (var s in sources.Where(s => s.SupersededBy is not null))
        {
            if (!seen.Contains(s.SupersededBy!) || s.SupersededBy == s.Id)
            {
                throw new ContentImportException(fileName, Yaml.LineOf(yaml, "id: " + s.Id),
                    $"the source '{s.Id}' is superseded by '{s.SupersededBy}', which is not another source in the registry.");
            }
        }

        return new SourceRegistry(sources);
    }

    /// <summary>Why the id may not be cited (unknown or superseded), or null when it may.</summary>
    public string? CitationProblem(string id)
    {
        if (!byId.TryGetValue(id, out var source))
        {
            return $"the source '{id}' is not in the source registry ({FileName}).";
        }

        return source.SupersededBy is { } newer
            ? $"the source '{id}' has been replaced by '{newer}'; cite the current guidance."
            : null;
    }

    /// <summary>The source for a citation; throws with file and line when it may not be cited.</summary>
    public Source Cite(string id, string fileName, int? line)
    {
        ArgumentNullException.ThrowIfNull(id);
        return CitationProblem(id) is { } problem
            ? throw new ContentImportException(fileName, line, problem)
            : byId[id];
    }

    /// <summary>The reference a page shows for a cited id: "Publisher: Title (year)" linking to the publisher's page.</summary>
    public Reference ReferenceFor(string id, string fileName, int? line)
    {
        var source = Cite(id, fileName, line);
        return new Reference(source.DisplayName, source.Url);
    }

    private static string Need(string? value, string key, string fileName, string yaml, string? near)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            var where = string.IsNullOrWhiteSpace(near) ? "" : $" (near '{near}')";
            throw new ContentImportException(fileName, near is null ? null : Yaml.LineOf(yaml, near), $"the field '{key}' is missing or empty{where}.");
        }

        return value;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed class SourcesFile
    {
        public List<SourceEntry>? Sources { get; set; }
    }

    private sealed class SourceEntry
    {
        public string? Id { get; set; }
        public string? Publisher { get; set; }
        public string? Title { get; set; }
        public string? Url { get; set; }
        public string? Guideline { get; set; }
        public string? Version { get; set; }
        public int? Year { get; set; }
        public string? Checked { get; set; }
        public string? SupersededBy { get; set; }
    }
}
