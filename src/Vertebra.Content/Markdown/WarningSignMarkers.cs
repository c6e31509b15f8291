using System.Text.RegularExpressions;

namespace Vertebra.Content.Markdown;

/// <summary>
/// The line an article writes where its warning signs go, <c>{warning-signs: saddle-numbness, bladder-or-bowel-change}</c>.
/// The site renders the signs there from the guidance data; text read for anything else (search, readability) leaves the
/// line out, so the ids are never searched, scored or shown as words.
/// </summary>
public static partial class WarningSignMarkers
{
    /// <summary>A marker line; the group <c>ids</c> holds its comma-separated sign ids.</summary>
    [GeneratedRegex(@"^\{warning-signs:\s*(?<ids>[a-z0-9\-,\s]*)\}[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    public static partial Regex Line();

    /// <summary>The Markdown without its marker lines.</summary>
    public static string Strip(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Line().Replace(markdown, "");
    }
}
