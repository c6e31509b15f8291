using Lucene.Net.Index;
using Lucene.Net.Search;
using Vertebra.Search.Indexing;
using Vertebra.Search.Understanding;

namespace Vertebra.Search;

// Search results as a reader wants them: each article once, its best part as the snippet, its other parts folded under it.
public sealed partial class SearchIndex
{
    /// <summary>More article documents than any site has: every matching article part is grouped, none dropped.</summary>
    private const int MaxArticleDocuments = 10_000;

    /// <summary>
    /// Like <see cref="Search"/>, but an article and its sections make one entry: its best-matching section gives the
    /// snippet and the other matching sections (up to <paramref name="morePerArticle"/>) come with it. Counts are
    /// of entries, so they count what a reader sees. <paramref name="kind"/> <see cref="SearchDocumentKind.Article"/>
    /// or <see cref="SearchDocumentKind.ArticleSection"/> keeps articles, <see cref="SearchDocumentKind.Qa"/> pairs.
    /// </summary>
    public GroupedSearchResults SearchGrouped(string? query, int top = 20, SearchDocumentKind? kind = null, int morePerArticle = 5)
    {
        top = Math.Clamp(top, 1, 100);
        morePerArticle = Math.Clamp(morePerArticle, 0, 50);
        return WithSearcher((searcher, vocabulary) =>
        {
            var analyzed = Interpreter.AnalyzeQuery(query, vocabulary);
            if (analyzed.IsEmpty)
            {
                return new GroupedSearchResults([], 0, new Dictionary<SearchDocumentKind, int>(), analyzed.Interpretation);
            }

            var query2 = BuildQuery(analyzed);
            var phrases = HighlightPhrases(analyzed);
            var articles = ArticleGroups(searcher, query2, phrases, morePerArticle, SearchedNames(analyzed));

            var pairCollector = TopScoreDocCollector.Create(top, true);
            searcher.Search(new FilteredQuery(query2, KindFilter(SearchDocumentKind.Qa)), pairCollector);
            var pairDocs = pairCollector.GetTopDocs();
            var pairs = pairDocs.ScoreDocs.Select(sd =>
            {
                var hit = ToHit(searcher, sd.Doc, sd.Score, phrases);
                return new SearchResultGroup(hit.SourceKey, SearchDocumentKind.Qa, hit.Title, hit.Url, hit, [], hit.Score);
            });

            var counts = new Dictionary<SearchDocumentKind, int>();
            if (articles.Count > 0)
            {
                counts[SearchDocumentKind.Article] = articles.Count;
            }

            if (pairDocs.TotalHits > 0)
            {
                counts[SearchDocumentKind.Qa] = pairDocs.TotalHits;
            }

            var wanted = kind switch
            {
                SearchDocumentKind.Article or SearchDocumentKind.ArticleSection => articles,
                SearchDocumentKind.Qa => pairs.ToList(),
                _ => articles.Concat(pairs).OrderByDescending(g => g.Score).ToList(),
            };
            var total = kind switch
            {
                SearchDocumentKind.Article or SearchDocumentKind.ArticleSection => articles.Count,
                SearchDocumentKind.Qa => pairDocs.TotalHits,
                _ => articles.Count + pairDocs.TotalHits,
            };
            return new GroupedSearchResults(wanted.Take(top).ToList(), total, counts, analyzed.Interpretation);
        });
    }

    /// <summary>Every matching article, once, best first (articles are few: all their matching documents are read).</summary>
    private List<SearchResultGroup> ArticleGroups(IndexSearcher searcher, Query query, IReadOnlyList<IReadOnlyList<string>> phrases, int morePerArticle, HashSet<string> searchedNames)
    {
        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Kind, DocumentMapper.KindName(SearchDocumentKind.Article))), Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.Kind, DocumentMapper.KindName(SearchDocumentKind.ArticleSection))), Occur.SHOULD },
        };
        var collector = TopScoreDocCollector.Create(MaxArticleDocuments, true);
        searcher.Search(new FilteredQuery(query, new QueryWrapperFilter(filter)), collector);
        var byArticle = new Dictionary<string, List<(int Doc, float Score, SearchDocumentKind Kind)>>(StringComparer.Ordinal);
        var order = new List<string>();
        var fields = new HashSet<string>(StringComparer.Ordinal) { SearchFields.SourceKey, SearchFields.Id, SearchFields.Kind };
        foreach (var sd in collector.GetTopDocs().ScoreDocs)
        {
            var d = searcher.Doc(sd.Doc, fields);
            var key = d.Get(SearchFields.SourceKey) is { Length: > 0 } k ? k : d.Get(SearchFields.Id) ?? "";
            if (!byArticle.TryGetValue(key, out var docs))
            {
                byArticle[key] = docs = [];
                order.Add(key);
            }

            docs.Add((sd.Doc, sd.Score, DocumentMapper.ParseKind(d.Get(SearchFields.Kind))));
        }

        var groups = new List<SearchResultGroup>(order.Count);
        foreach (var key in order)
        {
            var docs = byArticle[key]; // best first, as collected
            var whole = docs.FirstOrDefault(x => x.Kind == SearchDocumentKind.Article);
            var sections = docs.Where(x => x.Kind == SearchDocumentKind.ArticleSection).ToList();
            var bestDoc = sections.Count > 0 ? sections[0] : docs[0];
            var best = ToHit(searcher, bestDoc.Doc, bestDoc.Score, phrases);
            var more = sections.Skip(sections.Count > 0 ? 1 : 0).Take(morePerArticle)
                .Select(x => ToHit(searcher, x.Doc, x.Score, phrases))
                .ToList();
            var (title, url) = whole != default
                ? TitleAndUrl(searcher, whole.Doc)
                : (ArticleTitleOf(best.Title), best.Url.Split('#')[0]);
            // An article ranks by its whole text where it matched (comparable between articles); a short section that
            // repeats a word would otherwise lift an article that is only partly about it above the one that is.
            var score = whole != default ? whole.Score : docs[0].Score;
            if (searchedNames.Contains(TitleName(title)))
            {
                score *= TitleNameBoost; // "Sciatica: ..." is the article about what was searched
            }

            groups.Add(new SearchResultGroup(key, SearchDocumentKind.Article, title, url, best, more, score));
        }

        return groups.OrderByDescending(g => g.Score).ToList();
    }

    /// <summary>How much an article whose title names exactly what was searched is lifted (enough to lead the list).</summary>
    private const float TitleNameBoost = 3f;

    /// <summary>The analysed terms of what was searched (as typed, after spelling fixes) and of each other name for it.</summary>
    private HashSet<string> SearchedNames(AnalyzedQuestion analyzed)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { string.Join(' ', TermExtractor.Terms(searchAnalyzer, analyzed.Interpretation.CoreQuestion)) };
        foreach (var e in analyzed.Interpretation.Expansions)
        {
            foreach (var name in e.Alternatives.Append(e.Preferred).Append(e.Matched))
            {
                names.Add(string.Join(' ', TermExtractor.Terms(searchAnalyzer, name)));
            }
        }

        names.Remove("");
        return names;
    }

    /// <summary>What an article's title names: its words before a colon ("Sciatica: pain that runs ..." names "sciatica").</summary>
    private string TitleName(string title)
    {
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        return string.Join(' ', TermExtractor.Terms(searchAnalyzer, colon > 0 ? title[..colon] : title));
    }

    private static (string Title, string Url) TitleAndUrl(IndexSearcher searcher, int doc)
    {
        var d = searcher.Doc(doc, new HashSet<string>(StringComparer.Ordinal) { SearchFields.Title, SearchFields.Url });
        return (d.Get(SearchFields.Title) ?? "", d.Get(SearchFields.Url) ?? "");
    }

    /// <summary>A section's title is "Article title: Heading"; without the whole article at hand, the part before the last colon.</summary>
    private static string ArticleTitleOf(string sectionTitle)
    {
        var colon = sectionTitle.LastIndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? sectionTitle[..colon] : sectionTitle;
    }

    private static QueryWrapperFilter KindFilter(SearchDocumentKind kind) =>
        new(new TermQuery(new Term(SearchFields.Kind, DocumentMapper.KindName(kind))));
}
