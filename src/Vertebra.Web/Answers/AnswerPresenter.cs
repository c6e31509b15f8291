using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Content.Rendering;
using Vertebra.Search;
using Vertebra.Storage;
using Vertebra.Web.Presentation;

namespace Vertebra.Web.Answers;

/// <summary>
/// Chooses the answer shown first and gets it ready to read. The first answer always has text: a pair whose source
/// withheld its answer (some MedlinePlus pages) is listed among the others as a link, never shown first.
/// </summary>
public sealed class AnswerPresenter(IContentStore store, ArticleHtmlRenderer renderer, WarningSignMarkdown warningSigns)
{
    /// <summary>Section headings that hold an article's key points.</summary>
    private static readonly string[] KeyPointHeadings = ["Key points", "Key facts", "In short", "The short answer", "要点"];

    /// <summary>
    /// How many ranked answers the page asks for: enough that, after sections of one article are folded into one
    /// entry, an outside source still has a chance to be listed.
    /// </summary>
    public const int CandidatesToPresent = 50;

    /// <summary>How many other answers are listed under the first.</summary>
    public const int MaxOthers = 4;

    /// <summary>
    /// The answer to show first (null when none has text) and up to <see cref="MaxOthers"/> others, in rank order:
    /// one entry per article (the first answer's article is already shown, so none of its sections is listed again).
    /// </summary>
    public async Task<(PresentedAnswer? First, IReadOnlyList<RankedAnswer> Others)> PresentAsync(AnswerResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var first = result.Answers.FirstOrDefault(a => a.Answer.Length > 0);
        var others = OnePerPlace(result.Answers, first);
        if (first is null)
        {
            return (null, others);
        }

        if (ArticleLink(first.Url) is { } link && await store.GetArticleAsync(link.Slug, cancellationToken).ConfigureAwait(false) is { } article)
        {
            return (FromArticle(first, article, link.Anchor), others);
        }

        return (new PresentedAnswer { Answer = first, Title = first.Question, Blocks = AnswerText.Blocks(first.Answer) }, others);
    }

    private PresentedAnswer FromArticle(RankedAnswer answer, Article article, string? anchor)
    {
        var sections = ArticleSections.Of(article.Body);
        var keyPoints = sections.FirstOrDefault(s => KeyPointHeadings.Contains(s.Heading, StringComparer.OrdinalIgnoreCase));
        var matched = anchor is null ? null : sections.FirstOrDefault(s => s.Anchor == Uri.UnescapeDataString(anchor));
        var showSection = matched is not null && !ReferenceEquals(matched, keyPoints);
        return new PresentedAnswer
        {
            Answer = answer,
            Title = article.Title,
            IsOurArticle = true,
            DirectAnswer = article.Summary,
            KeyPointsHtml = keyPoints is null ? "" : renderer.Render(warningSigns.Expand(keyPoints.Text)),
            SectionTitle = showSection ? matched!.Heading : null,
            SectionHtml = showSection ? renderer.Render(warningSigns.Expand(matched!.Text)) : "", // the signs as the article page shows them
        };
    }

    /// <summary>
    /// The answers after <paramref name="first"/>, at most one per article or address, skipping the first's own. When
    /// our articles would fill the list, the best answer from a trusted outside source (NIH's MedQuAD) takes the last
    /// place, so a reader always has a second, independent source where one matched.
    /// </summary>
    internal static List<RankedAnswer> OnePerPlace(IReadOnlyList<RankedAnswer> answers, RankedAnswer? first)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (first is not null)
        {
            seen.Add(Place(first));
        }

        var places = answers.Where(a => !ReferenceEquals(a, first) && seen.Add(Place(a))).ToList();
        var listed = places.Take(MaxOthers).ToList();
        var firstIsOutside = first is not null && ArticleLink(first.Url) is null;
        if (!firstIsOutside && listed.Count == MaxOthers && listed.All(a => ArticleLink(a.Url) is not null)
            && places.Skip(MaxOthers).FirstOrDefault(a => ArticleLink(a.Url) is null) is { } outside)
        {
            listed[^1] = outside;
        }

        return listed;
    }

    /// <summary>An article's slug (its sections share it), else the answer's address, else its question.</summary>
    private static string Place(RankedAnswer answer) =>
        ArticleLink(answer.Url) is { } link ? "article:" + link.Slug : answer.Url.Length > 0 ? answer.Url : "question:" + answer.Question;

    /// <summary>"/articles/slug#anchor" (or a Chinese article's "/zh/articles/slug#anchor") → slug and anchor; null for any other address.</summary>
    internal static (string Slug, string? Anchor)? ArticleLink(string url)
    {
        const string prefix = "/articles/";
        url = url.StartsWith("/zh" + prefix, StringComparison.Ordinal) ? url[3..] : url;
        if (!url.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = url[prefix.Length..];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (rest, null) : (rest[..hash], rest[(hash + 1)..]);
    }
}
