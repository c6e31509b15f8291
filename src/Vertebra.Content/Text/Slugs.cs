using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Vertebra.Content;

/// <summary>Readable, stable URL names for articles, topics and conditions.</summary>
public static partial class Slugs
{
    public static bool IsValid(string slug) => slug.Length is > 0 and <= 120 && SlugPattern().IsMatch(slug);

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
