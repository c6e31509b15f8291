using System.Text;
using Vertebra.Content.Model;

namespace Vertebra.Content.Import;

/// <summary>
/// Reads a saved plain-text health page: the article text, then <c>&lt;&lt;:</c> (previous article's title) and
/// <c>&gt;&gt;:</c> (next article's title), then a list of other articles cut to teasers. The text becomes an
/// article, the titles become previous/next links where those articles exist, and teaser lines are dropped.
/// </summary>
public static class SavedPageImporter
{
    private const string PreviousMarker = "<<:";
    private const string NextMarker = ">>:";

    public sealed record Options
    {
        /// <summary>The title to use; when absent, the page's first heading or first short question is used.</summary>
        public string? Title { get; init; }

        /// <summary>Imported pages wait for review as drafts unless told otherwise.</summary>
        public ArticleStatus Status { get; init; } = ArticleStatus.Draft;

        public string Author { get; init; } = "Imported page";
    }

    public static ContentBatch Read(string path, Options? options = null, ImportLimits? limits = null)
    {
        options ??= new Options();
        var text = StrictText.ReadFile(path, limits ?? ImportLimits.Default);
        return Parse(text, path, options);
    }

    public static ContentBatch Parse(string text, string name, Options options)
    {
        var lines = text.Split('\n');
        var body = new List<string>();
        string? previous = null;
        string? next = null;
        var batch = new ContentBatch();
        var afterLinks = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith(PreviousMarker, StringComparison.Ordinal))
            {
                previous = NullIfEmpty(line[PreviousMarker.Length..]);
                afterLinks = true;
                continue;
            }

            if (line.StartsWith(NextMarker, StringComparison.Ordinal))
            {
                next = NullIfEmpty(line[NextMarker.Length..]);
                afterLinks = true;
                continue;
            }

            if (IsTeaser(line) && (afterLinks || i > 0))
            {
                batch.Skipped.Add(new ImportSkip($"{name}, line {i + 1}", "a teaser of another article was dropped."));
                continue;
            }

            if (line.Length == 0)
            {
                body.Add("");
                continue;
            }

            body.Add(line.TrimEnd('|').TrimEnd());
        }

        var paragraphs = string.Join('\n', body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(p => p.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToList();
        if (paragraphs.Count == 0)
        {
            throw new ContentImportException(name, null, "the page has no article text.");
        }

        var heading = paragraphs[0].StartsWith("# ", StringComparison.Ordinal) ? paragraphs[0][2..].Trim() : null;
        if (heading is not null)
        {
            paragraphs.RemoveAt(0);
        }

        var plain = string.Join(' ', paragraphs);
        var title = options.Title ?? heading ?? FirstQuestion(plain) ?? Teasers.Cut(plain, 80);
        if (title.Length > ArticleLimits.MaxTitleChars)
        {
            throw new ContentImportException(name, null, $"the title is {title.Length:N0} characters long; the limit is {ArticleLimits.MaxTitleChars}.");
        }

        var slug = Slugs.ForArticle(title);
        var markdown = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            markdown.Append(MarkdownEscaper.Paragraphs(paragraph)).Append("\n\n");
        }

        batch.Articles.Add(new Article
        {
            Slug = slug,
            Title = title,
            Summary = Teasers.FirstSentences(plain, 200),
            Body = markdown.ToString().TrimEnd() + "\n",
            Author = options.Author,
            Status = options.Status,
        });
        if (previous is not null || next is not null)
        {
            batch.PageLinks.Add(new PageLink(slug, previous, next));
        }

        return batch;
    }

    /// <summary>A teaser is a line cut short with an ellipsis ("When a patient suffers from lumbar disc herniatio...").</summary>
    internal static bool IsTeaser(string line) =>
        line.Length is > 0 and <= 120 && (line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('\u2026'));

    private static string? FirstQuestion(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '|')
            {
                start = i + 1;
            }
            else if (text[i] == '?')
            {
                var sentence = text[start..(i + 1)].Trim();
                if (sentence.Length is >= 10 and <= 120)
                {
                    return sentence;
                }

                start = i + 1;
            }
        }

        return null;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
