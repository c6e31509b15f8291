using Lucene.Net.Index;
using Lucene.Net.Search;
using Vertebra.Search.Indexing;
using Vertebra.Search.Understanding;

namespace Vertebra.Search;

/// <summary>
/// The Lucene query for a Chinese question: its words in the Chinese title and text (a title counts most), and its
/// character pairs in the bigram field, which finds words the segmenter splits differently and common wrong
/// characters that share a pair (腰间盘 and 腰椎间盘 share 间盘). Only Chinese documents have these fields.
/// </summary>
internal static class ChineseQuery
{
    private const float TitleBoost = 1.5f;
    private const float BodyBoost = 0.7f;
    private const float GramBoost = 0.35f;

    public static BooleanQuery Build(AnalyzedQuestion q)
    {
        var query = new BooleanQuery();
        foreach (var (term, weight) in q.Terms)
        {
            query.Add(new TermQuery(new Term(SearchFields.TitleZh, term)) { Boost = TitleBoost * weight }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(SearchFields.BodyZh, term)) { Boost = BodyBoost * weight }, Occur.SHOULD);
        }

        foreach (var (gram, weight) in q.GramTerms)
        {
            query.Add(new TermQuery(new Term(SearchFields.GramZh, gram)) { Boost = GramBoost * weight }, Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = 1;
        return query;
    }
}
