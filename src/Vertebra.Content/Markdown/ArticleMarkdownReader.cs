using System.Globalization;
using System.Text.RegularExpressions;
using Vertebra.Content.Model;
using Vertebra.Content.Sources;
using YamlDotNet.Core;

namespace Vertebra.Content.Markdown;

/// <summary>
/// Parses our native article format: a YAML front matter block between two <c>---</c> lines, then Markdown.
/// Every problem is reported with the file and line it was found on.
/// </summary>
public static partial class ArticleMarkdownReader
{
    public static Article Parse(string text, string fileName) => Parse(text, fileName, SourceRegistry.Empty);

    /// <summary>Parses an article whose <c>sources:</c> ids are resolved against the registry.</summary>
    public static Article Parse(string text, string fileName, SourceRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(text);
        var (yaml, body, bodyLine) = Split(text, fileName);

        ArticleFrontMatter front;
        try
        {
            front = Yaml.Reader.Deserialize<ArticleFrontMatter>(yaml) ?? new ArticleFrontMatter();
        }
        catch (YamlException ex)
        {
            // The front matter starts on line 2 of the file.
            var line = (int)Math.Min(int.MaxValue, ex.Start.Line + 1);
            throw new ContentImportException(fileName, line, $"the front matter is not valid: {InnermostMessage(ex)}", ex);
        }

        // A key that is absent is reported at the front matter's opening line.
        int? LineOf(string key) => FindKeyLine(yaml, key) ?? 1;

        var slug = Required(front.Slug, "slug", fileName, LineOf("slug"));
        if (!Slugs.IsValid(slug))
        {
            throw new ContentImportException(fileName, LineOf("slug"),
                $"the slug '{slug}' must be lower-case letters, digits and single hyphens.");
        }

        if (Slugs.IsReserved(slug))
        {
            throw new ContentImportException(fileName, LineOf("slug"),
                $"the slug '{slug}' is used by the editor's own pages; choose another (for example '{slug}-article').");
        }

        var title = Required(front.Title, "title", fileName, LineOf("title")).Trim();
        if (title.Length > ArticleLimits.MaxTitleChars)
        {
            throw new ContentImportException(fileName, LineOf("title"),
                $"the title is {title.Length:N0} characters long; the limit is {ArticleLimits.MaxTitleChars}.");
        }

        var summary = Required(front.Summary, "summary", fileName, LineOf("summary")).Trim();
        if (summary.Length > ArticleLimits.MaxSummaryChars)
        {
            throw new ContentImportException(fileName, LineOf("summary"),
                $"the summary is {summary.Length:N0} characters long; the limit is {ArticleLimits.MaxSummaryChars}.");
        }

        if (front.Attribution?.Url is { Length: > 0 } attributionUrl && !WebLinks.IsWebAddress(attributionUrl))
        {
            throw new ContentImportException(fileName, LineOf("attribution"), $"the attribution URL '{attributionUrl}' is not an http or https address with a host.");
        }

        var references = new List<Reference>();
        foreach (var id in Clean(front.Sources))
        {
            references.Add(registry.ReferenceFor(id, fileName, LineOf("sources")));
        }

        foreach (var entry in front.References ?? [])
        {
            var name = Required(entry.Name, "references: name", fileName, LineOf("references"));
            var url = Required(entry.Url, "references: url", fileName, LineOf("references"));
            if (!WebLinks.IsWebAddress(url.Trim()))
            {
                throw new ContentImportException(fileName, LineOf("references"), $"the reference URL '{url}' is not an http or https address with a host.");
            }

            references.Add(new Reference(name.Trim(), url.Trim()));
        }

        var language = string.IsNullOrWhiteSpace(front.Language) ? ArticleLanguages.English : ArticleLanguages.Normalise(front.Language)
            ?? throw new ContentImportException(fileName, LineOf("language"),
                $"the language '{front.Language.Trim()}' is not one the site publishes; use one of: {string.Join(", ", ArticleLanguages.All)} (zh is Simplified Chinese).");

        var counterpart = string.IsNullOrWhiteSpace(front.Counterpart) ? null : front.Counterpart.Trim();
        if (counterpart is not null && (!Slugs.IsValid(counterpart) || counterpart == slug))
        {
            throw new ContentImportException(fileName, LineOf("counterpart"),
                $"the counterpart '{counterpart}' must be the slug of another article (lower-case letters, digits and single hyphens).");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ContentImportException(fileName, bodyLine, "the article has no body text after the front matter.");
        }

        return new Article
        {
            Slug = slug,
            Title = title,
            Summary = summary,
            Body = body.Trim() + "\n",
            Topics = Clean(front.Topics),
            Conditions = Clean(front.Conditions),
            Author = string.IsNullOrWhiteSpace(front.Author) ? "Vertebra spine team" : front.Author.Trim(),
            MedicalReviewer = string.IsNullOrWhiteSpace(front.MedicalReviewer) ? null : front.MedicalReviewer.Trim(),
            Status = ParseStatus(front.Status, fileName, LineOf("status")),
            Published = ParseDate(front.Published, "published", fileName, LineOf("published")),
            LastReviewed = ParseDate(front.LastReviewed, "last_reviewed", fileName, LineOf("last_reviewed")),
            NextReviewDue = ParseDate(front.NextReviewDue, "next_review_due", fileName, LineOf("next_review_due")),
            Language = language,
            Counterpart = counterpart,
            Featured = front.Featured ?? false,
            PreviousSlug = string.IsNullOrWhiteSpace(front.Previous) ? null : front.Previous.Trim(),
            NextSlug = string.IsNullOrWhiteSpace(front.Next) ? null : front.Next.Trim(),
            References = references,
            Attribution = front.Attribution is { } a && !string.IsNullOrWhiteSpace(a.Source)
                ? new Attribution(a.Source.Trim(), a.Url, a.Licence ?? "")
                : null,
        };
    }

    /// <summary>The 1-based line in the whole file of a top-level front matter key.</summary>
    internal static int? FindKeyLineInFile(string fileText, string key)
    {
        var text = fileText.Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.StartsWith("---\n", StringComparison.Ordinal) ? FindKeyLine(text[4..], key) : null;
    }

    /// <summary>The 1-based line of a top-level key in the front matter, counted in the whole file.</summary>
    internal static int? FindKeyLine(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                return i + 2;
            }
        }

        return null;
    }

    private static (string Yaml, string Body, int BodyLine) Split(string text, string fileName)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalised.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new ContentImportException(fileName, 1, "the file must start with a '---' line that opens the front matter.");
        }

        var match = ClosingFence().Match(normalised, 4);
        if (!match.Success)
        {
            throw new ContentImportException(fileName, 1, "the front matter is never closed: add a line with '---' after it.");
        }

        var yaml = normalised[4..match.Index];
        var body = normalised[(match.Index + match.Length)..];
        var bodyLine = 2 + yaml.Count(c => c == '\n') + 1;
        return (yaml, body, bodyLine);
    }

    private static string Required(string? value, string key, string file, int? line)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ContentImportException(file, line, $"the field '{key}' is missing or empty.");
        }

        return value;
    }

    private static List<string> Clean(List<string>? values) =>
        values is null ? [] : values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();

    private static ArticleStatus ParseStatus(string? value, string file, int? line)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ArticleStatus.Published;
        }

        return ArticleStatusNames.TryParse(value.Trim(), out var status)
            ? status
            : throw new ContentImportException(file, line,
                $"the status '{value}' is not one of: {string.Join(", ", ArticleStatusNames.All)}.");
    }

    private static DateOnly? ParseDate(string? value, string key, string file, int? line)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ContentImportException(file, line, $"the date in '{key}' must be written as YYYY-MM-DD, not '{value}'.");
    }

    private static string InnermostMessage(Exception ex)
    {
        var e = ex;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e.Message;
    }

    [GeneratedRegex(@"^---[ \t]*(\n|$)", RegexOptions.Multiline)]
    private static partial Regex ClosingFence();
}
