using System.Text;
using Vertebra.Content;
using Vertebra.Content.Model;

namespace Vertebra.Editorial;

/// <summary>The editor form's fields, and how they become an article.</summary>
public sealed record ArticleDraft
{
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Body { get; init; } = "";
    public string Topics { get; init; } = "";
    public string Conditions { get; init; } = "";

    /// <summary>One reference a line: "Name | https://address".</summary>
    public string References { get; init; } = "";

    /// <summary>
    /// The language of a new article (<c>en</c>, <c>zh</c>); empty means English. An article keeps the language it was
    /// created in: for a saved article this field is ignored.
    /// </summary>
    public string Language { get; init; } = "";

    /// <summary>The slug of the same article in the other language; empty keeps the saved article's (a form without the field loses nothing).</summary>
    public string Counterpart { get; init; } = "";

    public static ArticleDraft From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleDraft
        {
            Title = article.Title,
            Summary = article.Summary,
            Body = article.Body,
            Topics = string.Join(", ", article.Topics),
            Conditions = string.Join(", ", article.Conditions),
            References = string.Join("\n", article.References.Select(r => $"{r.Name} | {r.Url}")),
            Language = article.Language,
            Counterpart = article.Counterpart ?? "",
        };
    }

    /// <summary>Checks the fields; returns the problems in plain words (empty when all is well).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add("Add a title.");
        }

        else if (Title.Trim().Length > ArticleLimits.MaxTitleChars)
        {
            problems.Add($"Make the title shorter: at most {ArticleLimits.MaxTitleChars} characters.");
        }

        if (string.IsNullOrWhiteSpace(Summary))
        {
            problems.Add("Add a short summary.");
        }
        else if (Summary.Trim().Length > ArticleLimits.MaxSummaryChars)
        {
            problems.Add($"Make the summary shorter: at most {ArticleLimits.MaxSummaryChars} characters.");
        }

        if (string.IsNullOrWhiteSpace(Body))
        {
            problems.Add("The article has no text.");
        }

        if (!string.IsNullOrWhiteSpace(Language) && ArticleLanguages.Normalise(Language) is null)
        {
            problems.Add($"The language must be one of: {string.Join(", ", ArticleLanguages.All)}.");
        }

        if (!string.IsNullOrWhiteSpace(Counterpart) && !Slugs.IsValid(Counterpart.Trim()))
        {
            problems.Add("The counterpart must be the slug of an article in the other language, such as massage-for-lumbar-disc-herniation.");
        }

        foreach (var line in ReferenceLines())
        {
            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !Uri.TryCreate(parts[1], UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                problems.Add($"This reference needs a name, a bar and a web address: \"{line}\".");
            }
        }

        if (!ReferenceLines().Any())
        {
            problems.Add("Add at least one source (a reference), one a line: Name | https://address.");
        }

        return problems;
    }

    /// <summary>The draft as an article, keeping what the form does not edit from <paramref name="previous"/>.</summary>
    public Article ToArticle(string slug, Article? previous) => new()
    {
        Slug = slug,
        Title = Title.Trim(),
        Summary = Summary.Trim(),
        Body = Body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n",
        Topics = List(Topics),
        Conditions = List(Conditions),
        References = ReferenceLines()
            .Select(l => l.Split('|', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .Select(p => new Reference(p[0], p[1]))
            .ToList(),
        Author = previous?.Author ?? "Vertebra spine team",
        MedicalReviewer = previous?.MedicalReviewer,
        Status = previous?.Status ?? ArticleStatus.Draft,
        Published = previous?.Published,
        LastReviewed = previous?.LastReviewed,
        NextReviewDue = previous?.NextReviewDue,
        Language = previous?.Language ?? NewLanguage,
        Counterpart = string.IsNullOrWhiteSpace(Counterpart) ? previous?.Counterpart : Counterpart.Trim(),
        Featured = previous?.Featured ?? false,
        PreviousSlug = previous?.PreviousSlug,
        NextSlug = previous?.NextSlug,
    };

    /// <summary>The language a new article gets: the form's, or English.</summary>
    public string NewLanguage => ArticleLanguages.Normalise(Language) ?? ArticleLanguages.English;

    /// <summary>Everything a claim check should read.</summary>
    public string CheckableText() => new StringBuilder().AppendLine(Title).AppendLine(Summary).AppendLine(Body).ToString();

    private IEnumerable<string> ReferenceLines() =>
        References.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
