using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Vertebra.Search.Semantic;

namespace Vertebra.Search.Indexing;

/// <summary>Turns a <see cref="SearchDocument"/> into a Lucene document and back.</summary>
internal sealed class DocumentMapper(Analyzer searchAnalyzer, Analyzer keyAnalyzer, Analyzer chineseWords)
{
    /// <summary>
    /// True for a document written in Chinese: its language is <c>zh</c>, or its title is in Chinese (a document made
    /// without a language). An English text that quotes a Chinese word (tuina, 推拿) stays English.
    /// </summary>
    public static bool IsChinese(SearchDocument doc) => doc.Language == "zh" || Script.HasHan(doc.Title);

    public Document ToLucene(SearchDocument doc)
    {
        var kind = KindName(doc.Kind);
        var focusKey = TermExtractor.FocusKey(keyAnalyzer, doc.Focus);
        var chinese = IsChinese(doc);
        var titleTerms = string.Join(' ', TermExtractor.Terms(chinese ? chineseWords : searchAnalyzer, doc.Title).Distinct(StringComparer.Ordinal));
        var topics = string.Join(' ', doc.Topics);
        var source = doc.Source ?? "";
        var qtype = (doc.QType ?? "").Trim().ToLowerInvariant();
        var d = new Document
        {
            new StringField(SearchFields.Id, doc.Id, Field.Store.YES),
            new StringField(SearchFields.SourceKey, SourceKeyOf(doc), Field.Store.YES),
            new StringField(SearchFields.Kind, kind, Field.Store.YES),
            new StringField(SearchFields.Language, string.IsNullOrWhiteSpace(doc.Language) ? "en" : doc.Language, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Kind, new BytesRef(kind)),
            new TextField(SearchFields.Title, doc.Title, Field.Store.YES),
            new TextField(SearchFields.Focus, doc.Focus, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Focus, new BytesRef(doc.Focus)),
            new StringField(SearchFields.FocusKey, focusKey, Field.Store.NO),
            new BinaryDocValuesField(SearchFields.FocusKey, new BytesRef(focusKey)),
            new StringField(SearchFields.QType, qtype, Field.Store.YES),
            new SortedDocValuesField(SearchFields.QType, new BytesRef(qtype)),
            new TextField(SearchFields.Body, doc.Body, Field.Store.YES),
            new StoredField(SearchFields.Url, doc.Url ?? ""),
            new StringField(SearchFields.Source, source, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Source, new BytesRef(source)),
            new TextField(SearchFields.Topics, topics, Field.Store.YES),
            new BinaryDocValuesField(SearchFields.TitleTerms, new BytesRef(titleTerms)),
            new TextField(SearchFields.Spell, doc.Focus + " " + doc.Title + " " + doc.Body, Field.Store.NO),
        };
        if (chinese)
        {
            // Chinese text also goes into its own fields, read by the Chinese analysers (see ChineseAnalyzers).
            d.Add(new TextField(SearchFields.TitleZh, doc.Title, Field.Store.NO));
            d.Add(new TextField(SearchFields.BodyZh, doc.Body, Field.Store.NO));
            d.Add(new TextField(SearchFields.GramZh, doc.Title + "\n" + doc.Body, Field.Store.NO));
        }

        if (!doc.Vector.IsEmpty)
        {
            d.Add(new BinaryDocValuesField(SearchFields.Vector, new BytesRef(VectorBytes.ToBytes(doc.Vector.Span))));
        }

        return d;
    }

    /// <summary>The source a document is replaced and removed with: its own id unless it names another.</summary>
    public static string SourceKeyOf(SearchDocument doc) => string.IsNullOrEmpty(doc.SourceKey) ? doc.Id : doc.SourceKey;

    public static string KindName(SearchDocumentKind kind) => kind switch
    {
        SearchDocumentKind.Article => "article",
        SearchDocumentKind.ArticleSection => "article_section",
        _ => "qa",
    };

    public static SearchDocumentKind ParseKind(string? name) => name switch
    {
        "article" => SearchDocumentKind.Article,
        "article_section" => SearchDocumentKind.ArticleSection,
        _ => SearchDocumentKind.Qa,
    };
}
