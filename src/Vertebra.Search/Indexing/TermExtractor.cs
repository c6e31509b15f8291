using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Vertebra.Search.Indexing;

/// <summary>Runs text through an analyser and returns the terms in order.</summary>
internal static class TermExtractor
{
    public static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>Terms with their character offsets in the original text.</summary>
    public static List<(string Term, int Start, int End)> TermsWithOffsets(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int, int)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return terms;
    }

    /// <summary>The normalised key of a focus: stemmed words, stop words kept, joined by spaces.</summary>
    public static string FocusKey(Analyzer keyAnalyzer, string focus) => string.Join(' ', Terms(keyAnalyzer, focus));
}
