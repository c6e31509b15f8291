namespace Vertebra.Search;

/// <summary>
/// One thing the search can find. The host maps its own article and question-answer records to this type.
/// For a question-answer pair, <see cref="Title"/> is the question and <see cref="Body"/> the answer
/// (the answer may be empty when only the question and its link are known).
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Stable id, unique in the index (for MedQuAD the LiveQA answer id, e.g. <c>GHR_0000048_Sec4.txt</c>).</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The record this document was made from, shared by all documents made from it (an article and its sections), so
    /// <see cref="SearchIndex.ReplaceSources"/> can replace or remove them together. Empty means the document is its
    /// own source: its <see cref="Id"/>.
    /// </summary>
    public string SourceKey { get; init; } = "";

    /// <summary>Article, article section or question-answer pair.</summary>
    public SearchDocumentKind Kind { get; init; } = SearchDocumentKind.Qa;

    /// <summary>Article title, or the question of a question-answer pair.</summary>
    public required string Title { get; init; }

    /// <summary>What the text is about, e.g. "Herniated disc". Empty when unknown.</summary>
    public string Focus { get; init; } = "";

    /// <summary>Question type in MedQuAD's words (information, causes, symptoms, treatment, ...). Empty when unknown.</summary>
    public string QType { get; init; } = "";

    /// <summary>Article text or answer text, plain text.</summary>
    public string Body { get; init; } = "";

    /// <summary>Where the reader can see the original.</summary>
    public string Url { get; init; } = "";

    /// <summary>Who wrote it, e.g. "Vertebra", "NINDS", "GHR".</summary>
    public string Source { get; init; } = "";

    /// <summary>
    /// The language of the text (<c>en</c>, <c>zh</c>), indexed as the keyword field <c>lang</c> so a search can keep to
    /// one language. Question–answer pairs from MedQuAD are English.
    /// </summary>
    public string Language { get; init; } = "en";

    /// <summary>Topic tags, e.g. "low-back-pain".</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>
    /// The document's meaning as a unit-length vector (see <see cref="Semantic.ITextEncoder"/>), or empty when it has
    /// none (semantic matching off, or not computed yet): the document is then found by its words only.
    /// </summary>
    public ReadOnlyMemory<float> Vector { get; init; }

    /// <summary>The question, for a question-answer pair (same as <see cref="Title"/>).</summary>
    public string Question => Title;

    /// <summary>The answer, for a question-answer pair (same as <see cref="Body"/>).</summary>
    public string Answer => Body;
}
