using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Vertebra.Content;

/// <summary>Readable, stable URL names for articles, topics and conditions.</summary>
public static partial class Slugs
{
    /// <summary>Article slugs that the editor's own addresses use (<c>/editor/articles/new</c>), never given to an article.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal) { "new" };

    public static bool IsValid(string slug) => slug.Length is > 0 and <= 120 && SlugPattern().IsMatch(slug);

    public static bool IsReserved(string slug) => Reserved.Contains(slug);

    /// <summary>A slug for a new article from its title, never a reserved one ("New" becomes <c>new-article</c>).</summary>
    public static string ForArticle(string title)
    {
        var slug = FromTitle(title);
        return IsReserved(slug) ? slug + "-article" : slug;
    }

    /// <summary>
    /// A name part from outside data (a MedQuAD source code or file name) with only ASCII letters, digits and
    /// <paramref name="keep"/> characters; every other run of characters becomes one <paramref name="join"/>.
    /// Path separators and dots never survive, so the result is safe in a slug, an id and a file name.
    /// </summary>
    public static string SafeToken(string? text, string fallback, char join = '-', string keep = "")
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        var pending = false;
        foreach (var c in text ?? "")
        {
            if (char.IsAsciiLetterOrDigit(c) || keep.Contains(c, StringComparison.Ordinal))
            {
                if (pending && builder.Length > 0)
                {
                    builder.Append(join);
                }

                pending = false;
                builder.Append(c);
            }
            else
            {
                pending = true;
            }

            if (builder.Length >= 60)
            {
                break;
            }
        }

        var token = builder.ToString().Trim(join).Trim(keep.ToCharArray());
        return token.Length == 0 ? fallback : token;
    }

    /// <summary>Makes a slug from a title: lower-case ASCII letters and digits joined by single hyphens.</summary>
    public static string FromTitle(string title, int maxLength = 80) =>
        Hyphenated(title, char.IsAsciiLetterOrDigit, maxLength, "article");

    /// <summary>
    /// The anchor of a heading on its page (<c>#anchor</c>): as <see cref="FromTitle"/> for English ("Key points" →
    /// <c>key-points</c>), but letters and digits of every script are kept, so a Chinese heading keeps its characters
    /// ("要点" → <c>要点</c>) instead of every Chinese section sharing one fallback anchor; <c>section</c> when nothing
    /// is left.
    /// </summary>
    public static string Anchor(string heading, int maxLength = 80) =>
        Hyphenated(heading, c => char.IsAsciiLetterOrDigit(c) || (c > 127 && char.IsLetterOrDigit(c)), maxLength, "section");

    /// <summary>
    /// The characters of <paramref name="text"/> that <paramref name="keep"/> accepts, lower-cased, accents dropped,
    /// each run of other characters one hyphen; <paramref name="fallback"/> when none is kept.
    /// </summary>
    private static string Hyphenated(string text, Func<char, bool> keep, int maxLength, string fallback)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (keep(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }

            if (builder.Length >= maxLength)
            {
                break;
            }
        }

        var hyphenated = builder.ToString().Trim('-');
        return hyphenated.Length == 0 ? fallback : hyphenated;
    }

    /// <summary>
    /// The anchors of a page's headings in order, each unique: a repeated heading gets <c>-2</c>, <c>-3</c> … and no
    /// anchor in <paramref name="taken"/> is given out.
    /// </summary>
    public static IReadOnlyList<string> Anchors(IEnumerable<string> headings, ISet<string>? taken = null)
    {
        ArgumentNullException.ThrowIfNull(headings);
        taken ??= new HashSet<string>(StringComparer.Ordinal);
        var anchors = new List<string>();
        foreach (var heading in headings)
        {
            var anchor = Anchor(heading);
            var unique = anchor;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = anchor + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            anchors.Add(unique);
        }

        return anchors;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
