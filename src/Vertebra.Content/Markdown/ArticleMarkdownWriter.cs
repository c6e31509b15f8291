using System.Globalization;
using System.Text;
using Vertebra.Content.Model;
using Vertebra.Content.Sources;

namespace Vertebra.Content.Markdown;

/// <summary>Writes an article in our native format, so that <see cref="ArticleMarkdownReader"/> reads back the same article.</summary>
public static class ArticleMarkdownWriter
{
    public static string Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var front = new ArticleFrontMatter
        {
            Slug = article.Slug,
            Title = article.Title,
            Summary = article.Summary,
            Topics = [.. article.Topics],
            Conditions = [.. article.Conditions],
            Author = article.Author,
            MedicalReviewer = article.MedicalReviewer,
            Status = article.Status.ToName(),
            Published = Format(article.Published),
            LastReviewed = Format(article.LastReviewed),
            NextReviewDue = Format(article.NextReviewDue),
            Language = article.Language,
            Counterpart = article.Counterpart,
            Featured = article.Featured ? true : null,
            Previous = article.PreviousSlug,
            Next = article.NextSlug,
            References = article.References.Select(ReferenceEntry.From).ToList(),
            Attribution = article.Attribution is { } a
                ? new ArticleFrontMatter.AttributionEntry { Source = a.Source, Url = a.Url, Licence = a.Licence }
                : null,
        };

        var builder = new StringBuilder();
        builder.Append("---\n");
        builder.Append(Yaml.Writer.Serialize(front).Replace("\r\n", "\n", StringComparison.Ordinal));
        builder.Append("---\n\n");
        builder.Append(article.Body.TrimEnd('\n'));
        builder.Append('\n');
        return builder.ToString();
    }

    private static string? Format(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
