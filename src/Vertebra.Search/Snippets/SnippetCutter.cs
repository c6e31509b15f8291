using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Vertebra.Search.Indexing;

namespace Vertebra.Search.Snippets;

/// <summary>
/// Cuts a short piece of text around the searched words and marks them. Output is HTML-encoded with the
/// matches wrapped in &lt;mark&gt;, so a host can show it as is.
/// </summary>
internal static class SnippetCutter
{
    private const int MaxScan = 8_000;

    public static string Cut(Analyzer analyzer, string text, IReadOnlySet<string> terms, int maxChars = 220)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var scan = text.Length > MaxScan ? text[..MaxScan] : text;
        var tokens = TermExtractor.TermsWithOffsets(analyzer, scan);
        var hits = tokens.Where(t => terms.Contains(t.Term)).ToList();
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
            var space = scan.LastIndexOf(' ', end - 1, end - start);
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

    private static int SentenceStart(string text, int hit, int lookBack)
    {
        var from = Math.Max(0, hit - lookBack);
        for (var i = hit - 1; i >= from; i--)
        {
            if (i > 0 && (text[i - 1] == '.' || text[i - 1] == '\n' || text[i - 1] == '?' || text[i - 1] == '!') && char.IsWhiteSpace(text[i]))
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
}
