using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;

namespace Vertebra.Search.Indexing;

/// <summary>
/// The analysers for Chinese text (see docs/search-chinese.md for why these): SmartCn segments words
/// (腰椎间盘 / 突出 / 症); CJK bigrams (腰椎 椎间 间盘 ...) find what the segmenter splits into single characters
/// (脊髓栓系 → 脊髓 / 栓 / 系) and a word inside a longer one (椎间盘 in 腰椎间盘). Both lower-case Latin letters
/// ("PTED" → "pted").
/// </summary>
internal static class ChineseAnalyzers
{
    /// <summary>Words (SmartCn, with its punctuation stop list).</summary>
    public static Analyzer CreateWords() => new SmartChineseAnalyzer(Analyzers.Version);

    /// <summary>Overlapping pairs of Chinese characters; English words as words.</summary>
    public static Analyzer CreateBigrams() => new CJKAnalyzer(Analyzers.Version);
}
