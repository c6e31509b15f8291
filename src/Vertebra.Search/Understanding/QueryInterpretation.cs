namespace Vertebra.Search;

/// <summary>A spelling fix made to the query.</summary>
/// <param name="From">What was typed.</param>
/// <param name="To">What was searched instead.</param>
public sealed record SpellingCorrection(string From, string To);

/// <summary>A lay or short name that was widened to other names for the same thing.</summary>
/// <param name="Matched">The words found in the query, e.g. "slipped disc".</param>
/// <param name="Preferred">The name results are shown for, e.g. "herniated disc".</param>
/// <param name="Alternatives">Every other name searched too.</param>
public sealed record QueryExpansion(string Matched, string Preferred, IReadOnlyList<string> Alternatives);

/// <summary>How a query or question was understood. Safe to show to the user.</summary>
public sealed record QueryInterpretation
{
    /// <summary>The text as received (after cutting to the length limit).</summary>
    public string Text { get; init; } = "";

    /// <summary>True when the input was longer than the limit and was cut.</summary>
    public bool Truncated { get; init; }

    /// <summary>The question itself, without greetings, back story and sign-off.</summary>
    public string CoreQuestion { get; init; } = "";

    /// <summary>Spelling fixes applied.</summary>
    public IReadOnlyList<SpellingCorrection> Corrections { get; init; } = [];

    /// <summary>Synonyms and abbreviations applied.</summary>
    public IReadOnlyList<QueryExpansion> Expansions { get; init; } = [];

    /// <summary>What the question is about, best first (names as written in the index, e.g. "Heart Attack").</summary>
    public IReadOnlyList<string> Focus { get; init; } = [];

    /// <summary>The question type, e.g. "treatment", "side effects", "dosage"; "information" when nothing more specific is found.</summary>
    public string QuestionType { get; init; } = "information";

    /// <summary>Every question type found, best first.</summary>
    public IReadOnlyList<string> QuestionTypes { get; init; } = [];

    /// <summary>The language the question was read in: <c>zh</c> when it has Chinese characters (searched in Chinese text), else <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Why there are no results, in plain words; null when there was something to search.</summary>
    public string? EmptyReason { get; init; }

    /// <summary>"Did you mean ..." text when a spelling fix was made, else null.</summary>
    public string? DidYouMean => Corrections.Count == 0 ? null : "Did you mean: " + string.Join(", ", Corrections.Select(c => c.To)) + "?";

    /// <summary>
    /// "Showing results for ..." when words typed were actually replaced (a spelling fix: "siatica" was searched as
    /// "sciatica"), else null. A lay name ("slipped disc") is not replaced: it is searched as typed and widened with other
    /// names for the same thing (see <see cref="AlsoSearchedFor"/>), so saying results are shown for another word
    /// would be wrong.
    /// </summary>
    public string? ShowingResultsFor => ReplacedWith.Count == 0 ? null : "Showing results for " + string.Join(", ", ReplacedWith);

    /// <summary>The words typed words were replaced with (spelling fixes), each once: what <see cref="ShowingResultsFor"/> names.</summary>
    public IReadOnlyList<string> ReplacedWith => Corrections.Select(c => c.To).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// "We also looked for ..." when a lay or short name was widened with its medical name ("slipped disc" with
    /// "herniated disc"), else null. A preferred name typed as it is ("sciatica") is widened quietly, and a name
    /// already named by <see cref="ShowingResultsFor"/> is not repeated.
    /// </summary>
    public string? AlsoSearchedFor => AlsoSearchedNames.Count == 0 ? null : "We also looked for: " + string.Join(", ", AlsoSearchedNames);

    /// <summary>The other names a lay or short name was widened with, each once: what <see cref="AlsoSearchedFor"/> names.</summary>
    public IReadOnlyList<string> AlsoSearchedNames => Expansions
        .Where(e => !string.Equals(e.Matched.Trim(), e.Preferred.Trim(), StringComparison.OrdinalIgnoreCase))
        .Select(e => e.Preferred)
        .Where(p => !Corrections.Any(c => string.Equals(c.To, p, StringComparison.OrdinalIgnoreCase)))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    /// <summary>
    /// One line that explains every change made to a search-box query, or null when it was searched as typed:
    /// "Showing results for sciatica (you typed sciatca)", "Showing results for herniated disc massage (you typed
    /// slipped disk masage)". It replaces both <see cref="DidYouMean"/> and <see cref="ShowingResultsFor"/>, so a
    /// page never shows the same change twice.
    /// </summary>
    public string? Explanation => SearchedAs is { } shown ? $"Showing results for {shown} (you typed {Text})" : null;

    /// <summary>
    /// The query as it was searched, with every replaced word and widened name put in ("herniated disc massage" for
    /// "slipped disk masage"), or null when it was searched as typed: what <see cref="Explanation"/> shows.
    /// </summary>
    public string? SearchedAs
    {
        get
        {
            var renamed = Expansions
                .Where(e => !string.Equals(e.Matched.Trim(), e.Preferred.Trim(), StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (Corrections.Count == 0 && renamed.Count == 0)
            {
                return null;
            }

            var shown = Text;
            foreach (var c in Corrections)
            {
                shown = ReplaceWord(shown, c.From, c.To);
            }

            foreach (var e in renamed)
            {
                shown = ReplaceWord(shown, e.Matched, e.Preferred);
            }

            return string.Equals(shown, Text, StringComparison.OrdinalIgnoreCase) ? null : shown;
        }
    }

    private static string ReplaceWord(string text, string from, string to) =>
        Semantic.Script.HasHan(from)
            ? text.Replace(from, to, StringComparison.Ordinal) // Chinese has no spaces between words
            : System.Text.RegularExpressions.Regex.Replace(
            text,
            @"(?<![\p{L}\p{N}])" + System.Text.RegularExpressions.Regex.Escape(from) + @"(?![\p{L}\p{N}])",
            to.Replace("$", "$$", StringComparison.Ordinal),
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(200));
}
