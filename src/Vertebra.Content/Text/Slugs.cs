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
    public static string FromTitle(string title, int maxLength = 80)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
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

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "article" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
