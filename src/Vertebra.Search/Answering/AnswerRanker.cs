using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Vertebra.Search.Indexing;
using Vertebra.Search.Semantic;
using Vertebra.Search.Understanding;

namespace Vertebra.Search.Answering;

/// <summary>
/// Ranks answers: Lucene retrieves candidates by the question's words (and synonyms) and its focus; the
/// candidates are re-scored by retrieval score, focus match, question-type match and question-to-question overlap.
/// </summary>
internal static class AnswerRanker
{
    public static List<(int Doc, double Score)> Rank(IndexSearcher searcher, AnalyzedQuestion q, RankingWeights w, int top) =>
        Rank(searcher, q, w, top, semantic: null, AnswerMode.Lexical);

    /// <summary>
    /// Ranks by words (<see cref="AnswerMode.Lexical"/>), by meaning (<see cref="AnswerMode.Semantic"/>: the documents
    /// whose vectors are closest to the question's) or both fused by reciprocal rank (<see cref="AnswerMode.Hybrid"/>).
    /// Each list's candidates are scored with the same focus and type signals.
    /// </summary>
    public static List<(int Doc, double Score)> Rank(IndexSearcher searcher, AnalyzedQuestion q, RankingWeights w, int top, IReadOnlyList<VectorHit>? semantic, AnswerMode mode)
    {
        if (semantic is null || semantic.Count == 0)
        {
            mode = AnswerMode.Lexical;
        }

        var signals = new Signals(searcher, q, w);
        List<(int Doc, double Score, string Key)> lexical = [];
        if (mode != AnswerMode.Semantic)
        {
            var hits = searcher.Search(BuildQuery(q, w), w.Candidates).ScoreDocs;
            if (hits.Length > 0)
            {
                var maxScore = hits.Max(h => h.Score);
                foreach (var hit in hits)
                {
                    var (focus, type, similarity, key) = signals.Of(hit.Doc);
                    var score = (w.Retrieval * hit.Score / maxScore) + (w.Focus * focus) + (w.Type * type) + (w.QuestionSimilarity * similarity);
                    lexical.Add((hit.Doc, score, key));
                }
            }
        }

        if (mode == AnswerMode.Lexical)
        {
            return Diversify(lexical, w.Diversity, top);
        }

        var meaning = new List<(int Doc, double Score, string Key)>(semantic!.Count);
        var reader = searcher.IndexReader;
        foreach (var hit in semantic)
        {
            if (SearchIndex.FindDocument(reader, hit.Key) is not { } doc)
            {
                continue; // written to the vectors after this reader's snapshot
            }

            var (focus, type, _, key) = signals.Of(doc);
            meaning.Add((doc, hit.Similarity + (w.SemanticFocus * focus) + (w.SemanticType * type), key));
        }

        if (mode == AnswerMode.Semantic)
        {
            return Diversify(meaning, w.Diversity * w.SemanticDiversityScale, top);
        }

        // Reciprocal rank fusion: each list adds weight / (k + rank); a document high in both comes first.
        var lexicalOrder = Diversify(lexical, w.Diversity, lexical.Count);
        var meaningOrder = meaning.OrderByDescending(m => m.Score).ThenBy(m => m.Doc).ToList();
        var fused = new Dictionary<int, (double Score, string Key)>();
        for (var r = 0; r < lexicalOrder.Count; r++)
        {
            var doc = lexicalOrder[r].Doc;
            fused[doc] = (w.LexicalFusion / (w.FusionK + r + 1), signals.KeyOf(doc));
        }

        for (var r = 0; r < meaningOrder.Count; r++)
        {
            var (doc, _, key) = meaningOrder[r];
            var add = w.SemanticFusion / (w.FusionK + r + 1);
            fused[doc] = fused.TryGetValue(doc, out var had) ? (had.Score + add, had.Key) : (add, key);
        }

        var scored = fused.Select(f => (f.Key, f.Value.Score, f.Value.Key)).ToList();
        return Diversify(scored, w.FusionDiversity, top);
    }

    /// <summary>Focus, type and question-overlap signals of candidate documents, read from doc values once per segment.</summary>
    private sealed class Signals
    {
        private readonly IList<AtomicReaderContext> leaves;
        private readonly LeafValues?[] values;
        private readonly BytesRef scratch = new();
        private readonly Dictionary<string, double> focusWeights = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double> focusByKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double> typeWeights;
        private readonly List<QueryFocus> queryFoci;
        private readonly AnalyzedQuestion q;
        private readonly RankingWeights w;

        public Signals(IndexSearcher searcher, AnalyzedQuestion q, RankingWeights w)
        {
            this.q = q;
            this.w = w;
            leaves = searcher.IndexReader.Leaves;
            values = new LeafValues?[leaves.Count];

            // Focus weights are sums of word specificity; about 1.0 is a clearly named condition or drug.
            // Dividing by at least 1.0 keeps a lone vague focus ("pain") from counting as a sure one.
            var maxFocus = q.Foci.Count == 0 ? 1.0 : Math.Max(1.0, q.Foci.Max(f => f.Weight));
            foreach (var f in q.Foci)
            {
                focusWeights[f.Key] = Math.Max(focusWeights.GetValueOrDefault(f.Key), f.Weight / maxFocus);
            }

            typeWeights = TypeWeights(q.Types);
            queryFoci = q.Foci.Select((f, i) => new QueryFocus(Content(f.Key), i < q.FocusTerms.Count ? q.FocusTerms[i] : [], f.Weight / maxFocus)).ToList();
        }

        public string KeyOf(int doc)
        {
            var (leaf, local) = Leaf(doc);
            leaf.FocusKeys.Get(local, scratch);
            return scratch.Utf8ToString();
        }

        public (double Focus, double Type, double Similarity, string Key) Of(int doc)
        {
            var (leaf, local) = Leaf(doc);
            leaf.FocusKeys.Get(local, scratch);
            var focusKey = scratch.Utf8ToString();
            if (!focusByKey.TryGetValue(focusKey, out var focus))
            {
                focus = focusWeights.GetValueOrDefault(focusKey);
                if (focus == 0 && focusKey.Length > 0 && queryFoci.Count > 0)
                {
                    var words = Content(focusKey);
                    focus = 0.7 * queryFoci.Max(f => Overlap(f.Words, words) * f.Weight);
                }

                focusByKey[focusKey] = focus;
            }

            leaf.Types.Get(local, scratch);
            var type = typeWeights.GetValueOrDefault(scratch.Utf8ToString());

            leaf.TitleTerms.Get(local, scratch);
            var titleTerms = scratch.Length == 0 ? [] : scratch.Utf8ToString().Split(' ');
            var similarity = Dice(q.CoreTerms, titleTerms);
            if (leaf.IsArticle(local) && queryFoci.Count > 0)
            {
                // Our articles' titles name what they are about ("Traction for back pain and sciatica"), often more
                // than their one condition does: a focus named in the title counts as a focus match.
                focus = Math.Max(focus, TitleFocus(queryFoci, titleTerms));

                // An article about the focus covers most kinds of question about it, though less squarely than a
                // question-answer pair of the very type asked.
                type = Math.Max(type, w.ArticleType * focus);
            }

            return (focus, type, similarity, focusKey);
        }

        private (LeafValues Leaf, int Local) Leaf(int doc)
        {
            var ord = ReaderUtil.SubIndex(doc, leaves);
            var leaf = values[ord] ??= new LeafValues(leaves[ord]);
            return (leaf, doc - leaf.DocBase);
        }
    }

    /// <summary>
    /// Picks answers best first, but each answer about a focus already picked counts a little less, so a wrong
    /// reading of the focus does not fill the whole list with sections of one topic.
    /// </summary>
    private static List<(int Doc, double Score)> Diversify(List<(int Doc, double Score, string Key)> scored, double penalty, int top)
    {
        var ordered = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Doc).ToList();
        if (penalty <= 0)
        {
            return ordered.Take(top).Select(s => (s.Doc, s.Score)).ToList();
        }

        var picked = new List<(int Doc, double Score)>(top);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var left = ordered;
        while (picked.Count < top && left.Count > 0)
        {
            var best = 0;
            var bestScore = double.MinValue;
            for (var i = 0; i < left.Count; i++)
            {
                var adjusted = left[i].Score - (penalty * (left[i].Key.Length == 0 ? 0 : seen.GetValueOrDefault(left[i].Key)));
                if (adjusted > bestScore)
                {
                    best = i;
                    bestScore = adjusted;
                }
            }

            // The adjusted score: it never rises down the list, so the reported scores stay in order.
            var (doc, _, key) = left[best];
            picked.Add((doc, bestScore));
            if (key.Length > 0)
            {
                seen[key] = seen.GetValueOrDefault(key) + 1;
            }

            left.RemoveAt(best);
        }

        return picked;
    }

    /// <summary>The best share of a focus's words found among the title's words, weighted as that focus.</summary>
    private static double TitleFocus(List<QueryFocus> queryFoci, string[] titleTerms)
    {
        var best = 0.0;
        foreach (var focus in queryFoci)
        {
            if (focus.SearchTerms.Count > 0)
            {
                var found = focus.SearchTerms.Count(titleTerms.Contains);
                best = Math.Max(best, (double)found / focus.SearchTerms.Count * focus.Weight);
            }
        }

        return best;
    }

    /// <summary>A focus of the question: its key's content words, its search terms (stemmed as titles are) and its weight.</summary>
    private sealed record QueryFocus(List<string> Words, IReadOnlyList<string> SearchTerms, double Weight);

    /// <summary>One index segment's per-document values, looked up once per question.</summary>
    private sealed class LeafValues
    {
        private readonly SortedDocValues? kinds;
        private readonly int qaOrd;

        public LeafValues(AtomicReaderContext leaf)
        {
            var reader = leaf.AtomicReader;
            DocBase = leaf.DocBase;
            FocusKeys = reader.GetBinaryDocValues(SearchFields.FocusKey);
            Types = reader.GetSortedDocValues(SearchFields.QType);
            TitleTerms = reader.GetBinaryDocValues(SearchFields.TitleTerms);
            kinds = reader.GetSortedDocValues(SearchFields.Kind);
            qaOrd = kinds?.LookupTerm(new BytesRef(DocumentMapper.KindName(SearchDocumentKind.Qa))) ?? -1;
        }

        public int DocBase { get; }

        public BinaryDocValues FocusKeys { get; }

        public SortedDocValues Types { get; }

        public BinaryDocValues TitleTerms { get; }

        /// <summary>True for our articles and their sections (not for question–answer pairs).</summary>
        public bool IsArticle(int doc) => kinds is not null && kinds.GetOrd(doc) != qaOrd;
    }

    /// <summary>
    /// The most terms one question is searched by: three clauses each, so a question of any length stays inside Lucene's
    /// default clause limit (1024), which is left as it is for the process. Longer questions keep their heaviest terms.
    /// </summary>
    internal const int MaxQueryTerms = 300;

    private static BooleanQuery BuildQuery(AnalyzedQuestion q, RankingWeights w)
    {
        if (q.Chinese)
        {
            return ChineseQuery.Build(q);
        }

        var query = new BooleanQuery();
        var terms = q.Terms.Count <= MaxQueryTerms ? q.Terms.AsEnumerable() : q.Terms.OrderByDescending(t => t.Value).Take(MaxQueryTerms);
        foreach (var (term, weight) in terms)
        {
            query.Add(new TermQuery(new Term(SearchFields.Title, term)) { Boost = 1.5f * weight }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(SearchFields.Focus, term)) { Boost = 2f * weight }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(SearchFields.Body, term)) { Boost = 0.4f * weight }, Occur.SHOULD);
        }

        foreach (var f in q.Foci)
        {
            query.Add(new TermQuery(new Term(SearchFields.FocusKey, f.Key)) { Boost = w.FocusClauseBoost * (float)f.Weight }, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>The main type's MedQuAD types count fully (the first most), other types' less.</summary>
    private static Dictionary<string, double> TypeWeights(IReadOnlyList<QuestionTypeInfo> types)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var t = 0; t < types.Count && t < 3; t++)
        {
            var main = t == 0 ? 1.0 : 0.5;
            for (var i = 0; i < types[t].MedQuadTypes.Count; i++)
            {
                var value = main * (i == 0 ? 1.0 : 0.6);
                var name = types[t].MedQuadTypes[i];
                weights[name] = Math.Max(weights.GetValueOrDefault(name), value);
            }
        }

        return weights;
    }

    /// <summary>Shared content words of two focus keys over the longer one's ("hepatitis" vs "hepatitis a" = 1; vs "vascular dementia" = 1/2).</summary>
    private static double Overlap(List<string> x, List<string> y)
    {
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        return (double)x.Intersect(y, StringComparer.Ordinal).Count() / Math.Max(x.Count, y.Count);
    }

    private static List<string> Content(string key) =>
        key.Split(' ').Where(t => t.Length > 1 && !Analyzers.StopWords.Contains(t)).Distinct(StringComparer.Ordinal).ToList();

    private static double Dice(IReadOnlySet<string> query, string[] docTerms)
    {
        if (query.Count == 0 || docTerms.Length == 0)
        {
            return 0;
        }

        var common = docTerms.Count(query.Contains);
        return 2.0 * common / (query.Count + docTerms.Length);
    }
}
