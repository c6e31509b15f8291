using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Vertebra.Search.Indexing;

namespace Vertebra.Search.Snippets;

/// <summary>
/// Cuts a short piece of text around the searched words and marks them. Output is HTML-encoded with the
/// matches wrapped in &lt;mark&gt;, so a host can show it as is. Line breaks (between list items, paragraphs)
/// are kept as one <c>\n</c> each, so a host that shows them (CSS <c>white-space: pre-line</c>) never runs two
/// list items together.
/// </summary>
internal static partial class SnippetCutter
{
    private const int MaxScan = 8_000;

    /// <summary>Marks each of these terms wherever it occurs.</summary>
    public static string Cut(Analyzer analyzer, string text, IReadOnlySet<string> terms, int maxChars = 220) =>
        Cut(analyzer, text, terms.Select(t => (IReadOnlyList<string>)[t]).ToList(), maxChars);

    /// <summary>
    /// Marks each phrase (its analysed terms in order) only where all its words occur together: a synonym such as
    /// "pain down the leg" is marked as a whole, never "pain" on its own.
    /// </summary>
    public static string Cut(Analyzer analyzer, string text, IReadOnlyList<IReadOnlyList<string>> phrases, int maxChars = 220)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        text = LineBreaks().Replace(text.Trim(), "\n");
        var scan = text.Length > MaxScan ? text[..MaxScan] : text;
        var tokens = TermExtractor.TermsWithOffsets(analyzer, scan);
        var hits = FindPhrases(tokens, phrases);
        var start = 0;
        if (hits.Count > 0)
        {
            // Sliding window over the hits: the window start with the most distinct searched words wins.
            var bestScore = -1;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var right = 0;
            for (var left = 0; left < hits.Count; left++)
            {
                while (right < hits.Count && hits[right].End <= hits[left].Start + maxChars)
                {
                    counts[hits[right].Term] = counts.GetValueOrDefault(hits[right].Term) + 1;
                    right++;
                }

                if (counts.Count > bestScore)
                {
                    bestScore = counts.Count;
                    start = hits[left].Start;
                }

                var term = hits[left].Term;
                if (counts.TryGetValue(term, out var c))
                {
                    if (c <= 1)
                    {
                        counts.Remove(term);
                    }
                    else
                    {
                        counts[term] = c - 1;
                    }
                }
            }

            start = SentenceStart(scan, start, maxChars / 3);
        }

        var end = Math.Min(scan.Length, start + maxChars);
        if (end < scan.Length)
        {
            var space = scan.LastIndexOfAny([' ', '\n'], end - 1, end - start);
            end = space > start ? space : end;
        }

        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append("… ");
        }

        var pos = start;
        foreach (var h in hits.Where(h => h.Start >= start && h.End <= end))
        {
            builder.Append(WebUtility.HtmlEncode(scan[pos..h.Start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(scan[h.Start..h.End])).Append("</mark>");
            pos = h.End;
        }

        builder.Append(WebUtility.HtmlEncode(scan[pos..end]));
        if (end < text.Length)
        {
            builder.Append(" …");
        }

        return builder.ToString();
    }

    /// <summary>Where each phrase occurs, longest phrase first at each place, never overlapping.</summary>
    private static List<(string Term, int Start, int End)> FindPhrases(List<(string Term, int Start, int End)> tokens, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var ordered = phrases.Where(p => p.Count > 0).OrderByDescending(p => p.Count).ToList();
        var hits = new List<(string, int, int)>();
        for (var i = 0; i < tokens.Count;)
        {
            var match = ordered.FirstOrDefault(p => i + p.Count <= tokens.Count && Enumerable.Range(0, p.Count).All(k => string.Equals(tokens[i + k].Term, p[k], StringComparison.Ordinal)));
            if (match is null)
            {
                i++;
                continue;
            }

            hits.Add((string.Join(' ', match), tokens[i].Start, tokens[i + match.Count - 1].End));
            i += match.Count;
        }

        return hits;
    }

    private static int SentenceStart(string text, int hit, int lookBack)
    {
        var from = Math.Max(0, hit - lookBack);
        for (var i = hit - 1; i >= from; i--)
        {
            if (text[i] == '\n')
            {
                return i + 1; // the start of a line (a list item or a paragraph)
            }

            if (i > 0 && (text[i - 1] == '.' || text[i - 1] == '?' || text[i - 1] == '!') && char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        if (from == 0)
        {
            return 0;
        }

        var space = text.IndexOf(' ', from);
        return space >= 0 && space < hit ? space + 1 : hit;
    }

    [GeneratedRegex(@"[ \t\r]*\n\s*")]
    private static partial Regex LineBreaks();
}
