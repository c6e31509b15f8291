using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Vertebra.Search.Indexing;
using Vertebra.Search.Semantic;
using Vertebra.Search.Snippets;
using Vertebra.Search.Understanding;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Vertebra.Search;

/// <summary>
/// The Lucene index of articles and question-answer pairs. Searches run on readers: an immutable snapshot of the last
/// commit from a <see cref="SearcherManager"/>, safe from many threads at once. An index writer exists only while a
/// write runs (<see cref="Write"/>): it is opened, commits, and is closed again, so between updates the index holds no
/// Lucene write lock. Writes are serialised; each is committed and visible to the next search.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly bool readOnly;
    private readonly SearcherManager manager;
    private readonly Analyzer searchAnalyzer = Analyzers.CreateSearch();
    private readonly Analyzer keyAnalyzer = Analyzers.CreateKey();
    private readonly Analyzer plainAnalyzer = Analyzers.CreatePlain();
    private readonly Analyzer chineseWords = ChineseAnalyzers.CreateWords();
    private readonly Analyzer chineseBigrams = ChineseAnalyzers.CreateBigrams();
    private readonly Analyzer fieldAnalyzer;
    private readonly DocumentMapper mapper;
    private readonly System.Threading.Lock writeLock = new();

    /// <summary>BM25 for indexing and searching (Lucene 4.8 defaults to classic TF-IDF).</summary>
    private static readonly Lucene.Net.Search.Similarities.Similarity Similarity = new Lucene.Net.Search.Similarities.BM25Similarity();

    private SearchIndex(LuceneDirectory directory, QueryKnowledge knowledge, bool readOnly = false)
    {
        this.directory = directory;
        Knowledge = knowledge;
        Interpreter = new QuestionInterpreter(knowledge);
        fieldAnalyzer = new PerFieldAnalyzerWrapper(searchAnalyzer, new Dictionary<string, Analyzer>
        {
            [SearchFields.Spell] = plainAnalyzer,
            [SearchFields.TitleZh] = chineseWords,
            [SearchFields.BodyZh] = chineseWords,
            [SearchFields.GramZh] = chineseBigrams,
        });
        mapper = new DocumentMapper(searchAnalyzer, keyAnalyzer, chineseWords);
        this.readOnly = readOnly;
        if (!readOnly)
        {
            // Create the index, or open it once to make sure it can be written; an empty one is already current.
            using var writer = NewWriter();
            if (writer.NumDocs == 0)
            {
                writer.SetCommitData(CurrentFormatData); // nothing to rebuild in an empty index
            }

            writer.Commit();
        }

        // Readers only; when another process (the running site) writes this index, they show its last commit.
        manager = new SearcherManager(directory, new Bm25SearcherFactory());
        LoadVectors(); // the vectors stored with the documents: semantic matching works read-only too
    }

    /// <summary>True when this index was opened with <see cref="OpenReadOnly"/>: it searches but never writes.</summary>
    public bool IsReadOnly => readOnly;

    private IndexWriter NewWriter() => new(directory, new IndexWriterConfig(Analyzers.Version, fieldAnalyzer)
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        RAMBufferSizeMB = 64,
        Similarity = Similarity,
    });

    /// <summary>
    /// One write: opens a writer, lets <paramref name="write"/> change the index through it, commits, closes the writer
    /// and shows the commit to the next search; if <paramref name="write"/> fails, nothing of it is kept. Writes run one
    /// at a time.
    /// </summary>
    private void Write(Action<IndexWriter> write)
    {
        if (readOnly)
        {
            throw new InvalidOperationException("This search index was opened read-only; another process writes it.");
        }

        lock (writeLock)
        {
            var writer = NewWriter();
            try
            {
                write(writer);
                writer.Commit();
                writer.Dispose();
            }
            catch
            {
                // Closing a Lucene writer commits what it holds: a failed write is rolled back instead, so none of it lands.
                writer.Rollback();
                throw;
            }

            manager.MaybeRefreshBlocking();
            Interlocked.Increment(ref generation);
        }
    }

    /// <summary>The query-understanding data this index uses.</summary>
    public QueryKnowledge Knowledge { get; }

    internal QuestionInterpreter Interpreter { get; }

    internal Analyzer SearchAnalyzer => searchAnalyzer;

    /// <summary>How many documents the index holds.</summary>
    public int Count => WithSearcher((s, _) => s.IndexReader.NumDocs);

    /// <summary>Opens (or creates) an index stored in a folder.</summary>
    public static SearchIndex Open(string folder, QueryKnowledge? knowledge = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        System.IO.Directory.CreateDirectory(folder);
        return new SearchIndex(IndexFolder.Open(folder), knowledge ?? QueryKnowledge.Default);
    }

    /// <summary>
    /// Opens an index another process writes (the running site), for searching only: it takes no write lock and never
    /// writes. It shows the index as of its last commit. Fails with Lucene's IndexNotFoundException when there is none.
    /// </summary>
    public static SearchIndex OpenReadOnly(string folder, QueryKnowledge? knowledge = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return new SearchIndex(IndexFolder.Open(folder), knowledge ?? QueryKnowledge.Default, readOnly: true);
    }

    /// <summary>An index kept in memory only (tests, small tools).</summary>
    public static SearchIndex CreateInMemory(QueryKnowledge? knowledge = null) =>
        new(new RAMDirectory(), knowledge ?? QueryKnowledge.Default);

    /// <summary>
    /// Replaces everything in the index with these documents, and marks it as of the current <see cref="FormatVersion"/>.
    /// The new documents' vectors go into a new vector index that takes the old one's place once the write is committed:
    /// searches during the rebuild see the old vectors whole, a failed rebuild keeps them, and a rebuild without
    /// vectors (semantic matching switched off) lets their memory go.
    /// </summary>
    public void Rebuild(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        IVectorIndex? rebuilt = null;
        lock (writeLock) // held across the swap below too (the lock is re-entrant), so no other write lands in the old vectors
        {
            Write(writer =>
            {
                writer.DeleteAll();
                foreach (var doc in documents)
                {
                    writer.AddDocument(mapper.ToLucene(doc));
                    if (!doc.Vector.IsEmpty)
                    {
                        rebuilt ??= NewVectorIndex(doc.Vector.Length);
                        SetVector(rebuilt, doc);
                    }
                }

                writer.ForceMerge(1);
                writer.SetCommitData(CurrentFormatData);
            });

            // The old vector index is not disposed: a search may still be scanning it. The collector takes it when none is.
            Volatile.Write(ref vectors, rebuilt);
        }
    }

    /// <summary>Adds a document, or replaces the one with the same id.</summary>
    public void Upsert(SearchDocument document) => Upsert([document]);

    /// <summary>Adds documents, or replaces those with the same ids.</summary>
    public void Upsert(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Write(writer =>
        {
            foreach (var doc in documents)
            {
                writer.UpdateDocument(new Term(SearchFields.Id, doc.Id), mapper.ToLucene(doc));
                KeepVector(doc);
            }
        });
    }

    /// <summary>Removes a document; does nothing when the id is unknown.</summary>
    public void Delete(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Write(writer =>
        {
            writer.DeleteDocuments(new Term(SearchFields.Id, id));
            Volatile.Read(ref vectors)?.Remove(id);
        });
    }

    /// <summary>
    /// Searches titles, foci, text and topics. What the user typed is taken as plain words: Lucene query
    /// syntax is escaped. Synonyms and spelling fixes are applied and reported in the interpretation.
    /// </summary>
    public SearchResults Search(string? query, int top = 10, SearchDocumentKind? kind = null)
    {
        top = Math.Clamp(top, 1, 100);
        return WithSearcher((searcher, vocabulary) =>
        {
            var analyzed = Interpreter.AnalyzeQuery(query, vocabulary);
            if (analyzed.IsEmpty)
            {
                return SearchResults.Empty(analyzed.Interpretation);
            }

            var bq = BuildQuery(analyzed);
            Query final = bq;
            if (kind is { } k)
            {
                final = new FilteredQuery(bq, new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Kind, DocumentMapper.KindName(k)))));
            }

            var topDocs = TopScoreDocCollector.Create(top, true);
            var facets = new FacetCollector();
            searcher.Search(final, MultiCollector.Wrap(topDocs, facets));
            var phrases = HighlightPhrases(analyzed);
            var hits = topDocs.GetTopDocs().ScoreDocs.Select(sd => ToHit(searcher, sd.Doc, sd.Score, phrases)).ToList();
            var kinds = facets.Kinds.ToDictionary(kv => DocumentMapper.ParseKind(kv.Key), kv => kv.Value);
            return new SearchResults(hits, facets.Total, kinds, facets.Sources.ToDictionary(), analyzed.Interpretation);
        });
    }

    internal T WithSearcher<T>(Func<IndexSearcher, IndexVocabulary, T> action)
    {
        var searcher = manager.Acquire();
        try
        {
            return action(searcher, IndexVocabulary.For(searcher.IndexReader));
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    internal SearchHit ToHit(IndexSearcher searcher, int doc, float score, IReadOnlySet<string> terms) =>
        ToHit(searcher, doc, score, terms.Select(t => (IReadOnlyList<string>)[t]).ToList());

    internal SearchHit ToHit(IndexSearcher searcher, int doc, float score, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var d = searcher.Doc(doc);
        var body = d.Get(SearchFields.Body) ?? "";
        var title = d.Get(SearchFields.Title) ?? "";
        var id = d.Get(SearchFields.Id) ?? "";
        return new SearchHit(
            id,
            DocumentMapper.ParseKind(d.Get(SearchFields.Kind)),
            title,
            SnippetCutter.Cut(searchAnalyzer, body.Length > 0 ? body : title, phrases),
            d.Get(SearchFields.Url) ?? "",
            d.Get(SearchFields.Source) ?? "",
            d.Get(SearchFields.Focus) ?? "",
            d.Get(SearchFields.QType) ?? "",
            score)
        {
            SourceKey = d.Get(SearchFields.SourceKey) is { Length: > 0 } key ? key : id,
            Language = d.Get(SearchFields.Language) ?? "en",
        };
    }

    /// <summary>
    /// The words searched: any of the words typed (after spelling fixes), or any other name for them as a whole
    /// phrase. "sciatica" also finds "sciatic nerve pain", but never every page that says "pain".
    /// </summary>
    private BooleanQuery BuildQuery(AnalyzedQuestion analyzed)
    {
        if (analyzed.Chinese)
        {
            return new BooleanQuery { { ChineseQuery.Build(analyzed), Occur.MUST } };
        }

        var anyOf = new BooleanQuery();
        var core = Words(analyzed.Interpretation.CoreQuestion);
        if (core.Length > 0)
        {
            anyOf.Add(ParseEscaped(core, phrase: false), Occur.SHOULD);
        }

        foreach (var alternative in analyzed.Interpretation.Expansions.SelectMany(e => e.Alternatives).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var words = Words(alternative, phrase: true);
            if (words.Length > 0)
            {
                anyOf.Add(ParseEscaped(words, phrase: words.Contains(' ', StringComparison.Ordinal)), Occur.SHOULD);
            }
        }

        anyOf.MinimumNumberShouldMatch = 1;
        var bq = new BooleanQuery { { anyOf, Occur.MUST } };
        foreach (var f in analyzed.Foci)
        {
            bq.Add(new TermQuery(new Term(SearchFields.FocusKey, f.Key)) { Boost = 2f }, Occur.SHOULD);
        }

        return bq;
    }

    /// <summary>What a snippet marks: each searched word, and each other name for it as a whole phrase.</summary>
    private List<IReadOnlyList<string>> HighlightPhrases(AnalyzedQuestion analyzed)
    {
        if (analyzed.Chinese)
        {
            return [.. analyzed.HighlightPhrases];
        }

        var phrases = analyzed.CoreTerms.Select(t => (IReadOnlyList<string>)[t]).ToList();
        foreach (var alternative in analyzed.Interpretation.Expansions.SelectMany(e => e.Alternatives.Append(e.Preferred)))
        {
            var terms = TermExtractor.Terms(searchAnalyzer, alternative);
            if (terms.Count > 0)
            {
                phrases.Add(terms);
            }
        }

        return phrases;
    }

    /// <summary>The most distinct words one search uses (see <see cref="Words"/>).</summary>
    internal const int MaxQueryWords = 256;

    /// <summary>
    /// The text as plain lower-case words. Each distinct word is one clause of the query, so a very long text is cut to
    /// MaxQueryWords distinct words: far more than any question needs, and well inside Lucene's default clause limit
    /// (left as it is for the process). A phrase keeps its words in order, repeats included.
    /// </summary>
    private static string Words(string text, bool phrase = false)
    {
        var words = NonWord().Replace(text.ToLowerInvariant(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', phrase ? words.Take(MaxQueryWords) : words.Distinct(StringComparer.Ordinal).Take(MaxQueryWords));
    }

    private Query ParseEscaped(string words, bool phrase)
    {
        var parser = new MultiFieldQueryParser(
            Analyzers.Version,
            [SearchFields.Title, SearchFields.Focus, SearchFields.Body, SearchFields.Topics],
            searchAnalyzer,
            new Dictionary<string, float> { [SearchFields.Title] = 2f, [SearchFields.Focus] = 2f, [SearchFields.Body] = 0.7f, [SearchFields.Topics] = 1f })
        {
            DefaultOperator = Operator.OR,
        };

        // What the user typed is text, never syntax: lower case makes AND / OR / NOT plain words, punctuation
        // becomes word breaks (so "id:gout-treat" is the words id, gout, treat; see Words), and Escape covers the rest.
        if (words.Length == 0)
        {
            return new BooleanQuery();
        }

        var escaped = QueryParserBase.Escape(words);
        return parser.Parse(phrase ? "\"" + escaped + "\"" : escaped);
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\p{L}\p{N}']+")]
    private static partial System.Text.RegularExpressions.Regex NonWord();

    /// <inheritdoc />
    public void Dispose()
    {
        manager.Dispose();
        (vectors as IDisposable)?.Dispose();
        directory.Dispose();
        Interpreter.Dispose();
        fieldAnalyzer.Dispose();
        searchAnalyzer.Dispose();
        keyAnalyzer.Dispose();
        plainAnalyzer.Dispose();
        chineseWords.Dispose();
        chineseBigrams.Dispose();
    }
}
