using Vertebra.Claims.Lexicons;
using Vertebra.Claims.Matching;
using Vertebra.Claims.Rules;

namespace Vertebra.Claims;

/// <summary>
/// Finds health claims that are known to be wrong (see <c>content/claims.yaml</c>).
/// Create once with <see cref="Load"/> and share: instances are immutable and thread-safe.
/// </summary>
public sealed class ClaimChecker
{
    private readonly RuleSet _rules;

    private ClaimChecker(RuleSet rules)
    {
        _rules = rules;
        CategoryIds = [.. rules.Categories.Select(c => c.Id)];
    }

    /// <summary>The category ids, in file order.</summary>
    public IReadOnlyList<string> CategoryIds { get; }

    /// <summary>Reads, validates and compiles a claims YAML file.</summary>
    /// <param name="yamlPath">Path to the file, for example <c>content/claims.yaml</c>.</param>
    /// <exception cref="ClaimRulesException">The file is missing or invalid; the message names the file, line and problem.</exception>
    public static ClaimChecker Load(string yamlPath) => new(RuleFileLoader.LoadFile(yamlPath));

    /// <summary>Builds a checker from YAML text; <paramref name="fileName"/> is only used in error messages.</summary>
    /// <exception cref="ClaimRulesException">The text is invalid.</exception>
    public static ClaimChecker Parse(string yaml, string fileName = "claims.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return new(RuleFileLoader.Parse(yaml, fileName));
    }

    /// <summary>Most findings returned for one text; checking stops once this many are found.</summary>
    public const int MaxFindings = 100;

    /// <summary>
    /// Returns each claim in <paramref name="text"/>, ordered by position, at most <see cref="MaxFindings"/> (when the
    /// list is that long, checking stopped early). At most one finding per category per stretch of a sentence.
    /// Time grows linearly with the length of the text.
    /// </summary>
    /// <exception cref="System.Text.RegularExpressions.RegexMatchTimeoutException">A rule took too long; treat the text as "could not check".</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (for example, the web request was aborted).</exception>
    public IReadOnlyList<ClaimFinding> Check(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var findings = new List<ClaimFinding>();
        var sentences = SentenceSplitter.Split(text);
        var inReportedList = false;
        for (var i = 0; i < sentences.Count && findings.Count < MaxFindings; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = sentences[i];
            var sentence = text.Substring(span.Start, span.Length);

            // "Be wary of these words:" or a heading "## 看到这些话，要提高警惕" followed by a list: every item is reported.
            var listItem = SentenceContext.IsListItem(sentence);
            if (inReportedList && listItem)
            {
                continue;
            }

            inReportedList = SentenceContext.IsReportIntro(_rules.Cues, sentence);
            var words = SentenceWords.Of(sentence);
            var found = new List<(CategoryRule Category, TextSpan Claim)>();
            foreach (var category in _rules.Categories)
            {
                foreach (var claim in CategoryMatcher.FindSpans(_rules.Cues, category, sentence, words))
                {
                    found.Add((category, claim));
                }
            }

            // The whole-sentence cues are only read for sentences that hold a claim: most sentences hold none.
            if (found.Count == 0)
            {
                continue;
            }

            var next = i + 1 < sentences.Count ? text.Substring(sentences[i + 1].Start, sentences[i + 1].Length) : null;
            var previous = i > 0 ? text.Substring(sentences[i - 1].Start, sentences[i - 1].Length) : null;
            if (SentenceContext.IsReportOrQuestion(_rules.Cues, sentence, next, previous))
            {
                continue;
            }

            foreach (var (category, claim) in found)
            {
                var start = span.Start + claim.Start;

                // The claim's own words decide its language, so an English claim in a mixed sentence is explained in English.
                var language = Script.HasHan(text.AsSpan(start, claim.Length)) ? "zh" : "en";
                var (why, sourceName, sourceUrl, article) = category.Localized.TryGetValue(language, out var local)
                    ? (local.Why, local.SourceName, local.SourceUrl, local.ArticleSlug)
                    : (category.Why, category.SourceName, category.SourceUrl, category.ArticleSlug);
                findings.Add(new ClaimFinding(
                    category.Id,
                    start,
                    claim.Length,
                    text.Substring(start, claim.Length),
                    category.Severity,
                    why,
                    sourceName,
                    sourceUrl,
                    article,
                    language));
            }
        }

        findings.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Category, b.Category));
        if (findings.Count > MaxFindings)
        {
            findings.RemoveRange(MaxFindings, findings.Count - MaxFindings);
        }

        return findings.AsReadOnly();
    }
}
