namespace Vertebra.Search.Indexing;

/// <summary>Lucene field names used by the index.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string SourceKey = "source_key";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Focus = "focus";
    public const string FocusKey = "focus_key";
    public const string QType = "qtype";
    public const string Body = "body";
    public const string Url = "url";
    public const string Source = "source";
    public const string Topics = "topics";
    public const string Spell = "spell";
    public const string TitleTerms = "title_terms";
    public const string Vector = "vector";

    /// <summary>The document's language (<see cref="SearchDocument.Language"/>), one keyword term, stored.</summary>
    public const string Language = "lang";

    /// <summary>Chinese title, segmented into words (SmartCn); only Chinese documents have it.</summary>
    public const string TitleZh = "title_zh";

    /// <summary>Chinese text, segmented into words (SmartCn).</summary>
    public const string BodyZh = "body_zh";

    /// <summary>Chinese title and text as overlapping character pairs: finds words the segmenter does not know and parts of words.</summary>
    public const string GramZh = "gram_zh";
}
