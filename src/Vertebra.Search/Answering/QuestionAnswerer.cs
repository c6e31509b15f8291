using Lucene.Net.Search;
using Vertebra.Search.Answering;
using Vertebra.Search.Indexing;
using Vertebra.Search.Semantic;
using Vertebra.Search.Snippets;

namespace Vertebra.Search;

/// <summary>
/// Answers a patient's question from the question-answer pairs and articles in a <see cref="SearchIndex"/>.
/// Thread-safe; never throws for bad input (empty or very long questions, Lucene syntax).
/// </summary>
public sealed class QuestionAnswerer
{
    /// <summary>Questions longer than this many characters are cut, and the interpretation says so.</summary>
    public const int MaxQuestionLength = Understanding.QuestionInterpreter.MaxLength;

    private readonly SearchIndex index;
    private readonly RankingWeights weights;
    private readonly ITextEncoder? encoder;

    /// <summary>
    /// Answers questions from this index: by words only without an <paramref name="encoder"/>; by words and meaning
    /// (hybrid) with one, for documents that have vectors of that encoder.
    /// </summary>
    public QuestionAnswerer(SearchIndex index, ITextEncoder? encoder = null)
        : this(index, RankingWeights.Default, encoder, encoder is null ? AnswerMode.Lexical : AnswerMode.Hybrid)
    {
    }

    internal QuestionAnswerer(SearchIndex index, RankingWeights weights, ITextEncoder? encoder, AnswerMode mode)
    {
        ArgumentNullException.ThrowIfNull(index);
        this.index = index;
        this.weights = weights;
        this.encoder = encoder;
        Mode = encoder is null ? AnswerMode.Lexical : mode;
    }

    /// <summary>How answers are found: <see cref="AnswerMode.Lexical"/> when no encoder was given.</summary>
    public AnswerMode Mode { get; }

    /// <summary>Finds up to <paramref name="top"/> answers (1 to 100), best first, with how the question was read.</summary>
    public AnswerResult Ask(string? question, int top = 10)
    {
        top = Math.Clamp(top, 1, 100);
        return index.WithSearcher((searcher, vocabulary) =>
        {
            var analyzed = index.Interpreter.Analyze(question, vocabulary);
            if (analyzed.IsEmpty)
            {
                return new AnswerResult([], analyzed.Interpretation);
            }

            var semantic = Mode == AnswerMode.Lexical ? null : FindByMeaning(analyzed);
            var ranked = AnswerRanker.Rank(searcher, analyzed, weights, top, semantic, Mode);
            IReadOnlyList<IReadOnlyList<string>> phrases = analyzed.Chinese
                ? analyzed.HighlightPhrases
                : analyzed.Terms.Keys.Select(t => (IReadOnlyList<string>)[t]).ToList();
            var answers = ranked.Select(r => ToAnswer(searcher, r.Doc, r.Score, phrases)).ToList();
            return new AnswerResult(answers, analyzed.Interpretation);
        });
    }

    /// <summary>
    /// The documents closest in meaning to the question, or null when there is nothing to compare with or the question
    /// is not English (the encoder reads English only: Chinese questions are answered by their words).
    /// </summary>
    private IReadOnlyList<VectorHit>? FindByMeaning(Understanding.AnalyzedQuestion analyzed)
    {
        var vectors = index.Vectors;
        if (encoder is null || vectors is null || vectors.Count == 0 || vectors.Dimensions != encoder.Dimensions)
        {
            return null;
        }

        var interpretation = analyzed.Interpretation;
        var text = weights.EncodeCoreQuestion && interpretation.CoreQuestion.Length > 0 ? interpretation.CoreQuestion : interpretation.Text;
        if (Script.HasHan(text))
        {
            return null;
        }

        var vector = encoder.Encode([text])[0];
        return vectors.Search(vector, weights.SemanticCandidates);
    }

    private RankedAnswer ToAnswer(IndexSearcher searcher, int doc, double score, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        var d = searcher.Doc(doc);
        var answer = d.Get(SearchFields.Body) ?? "";
        return new RankedAnswer(
            d.Get(SearchFields.Id) ?? "",
            d.Get(SearchFields.Title) ?? "",
            answer,
            SnippetCutter.Cut(index.SearchAnalyzer, answer, terms),
            d.Get(SearchFields.Source) ?? "",
            d.Get(SearchFields.Url) ?? "",
            d.Get(SearchFields.Focus) ?? "",
            d.Get(SearchFields.QType) ?? "",
            score);
    }
}
