using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Vertebra.Search.Indexing;

/// <summary>The analysers: English stemming for search, plain lower case for the spelling vocabulary.</summary>
internal static class Analyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Words too common to help find an answer, on top of Lucene's English stop words.</summary>
    private static readonly string[] ExtraStopWords =
    [
        "i", "me", "my", "we", "our", "you", "your", "he", "she", "him", "her", "his", "its", "am", "do", "does", "did",
        "can", "could", "would", "should", "have", "has", "had", "what", "how", "why", "when", "which", "who", "whom",
        "about", "from", "been", "being", "so", "any", "some", "more", "most", "very", "just", "also", "get", "got",
        "know", "like", "want", "please", "thank", "thanks", "hi", "hello", "dear", "would", "im", "ive", "dont",
        "is", "are", "was", "were", "much", "many", "there", "here", "all", "other", "into", "out", "up", "down", "over",
        "after", "before", "because", "while", "where", "take", "taking", "taken", "tell", "help", "need", "question",
        "questions", "information", "info", "anyone", "someone", "something", "thing", "things", "one", "two", "year",
        "years", "old", "now", "time", "day", "days", "ago", "since", "still", "really", "lot", "way", "go", "going",
    ];

    public static readonly CharArraySet StopWords = BuildStopWords();

    /// <summary>Stemmed words with stop words removed: search fields and query terms.</summary>
    public static Analyzer CreateSearch() => new FoldedAnalyzer(words => new PorterStemFilter(new StopFilter(Version, words, StopWords)));

    /// <summary>
    /// Lightly stemmed words (plurals only), stop words kept: focus keys and synonym matching.
    /// "Vitamin A" stays two words; "tested" does not become the focus "Testes".
    /// </summary>
    public static Analyzer CreateKey() => new FoldedAnalyzer(words => new EnglishMinimalStemFilter(words));

    /// <summary>Lower-cased words, nothing removed: the spelling vocabulary.</summary>
    public static Analyzer CreatePlain() => new FoldedAnalyzer(words => words);

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, 200, ignoreCase: true);
        foreach (var word in EnglishAnalyzer.DefaultStopSet)
        {
            set.Add(word);
        }

        foreach (var word in ExtraStopWords)
        {
            set.Add(word);
        }

        return set.AsReadOnly();
    }

    /// <summary>
    /// Every analyser's first steps (standard words, possessives dropped, accents folded, lower case), then its own
    /// (<paramref name="then"/>).
    /// </summary>
    private sealed class FoldedAnalyzer(Func<TokenStream, TokenStream> then) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            stream = new LowerCaseFilter(Version, stream);
            return new TokenStreamComponents(tokenizer, then(stream));
        }
    }
}
