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

            var (semantic, queryVector) = Mode == AnswerMode.Lexical ? (null, null) : FindByMeaning(analyzed);
            var ranked = AnswerRanker.Rank(searcher, analyzed, weights, top, semantic, Mode, queryVector);
            if (weights.FeedbackDocs > 0 && queryVector is not null && Mode != AnswerMode.Lexical && ranked.Count > 0)
            {
                var sum = (float[])queryVector.Clone();
                var n = 0;
                foreach (var (doc, _) in ranked.Take(weights.FeedbackDocs))
                {
                    if (SearchIndex.ReadVector(searcher.IndexReader, doc) is { Length: > 0 } v && v.Length == sum.Length)
                    {
                        System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(v, (float)(weights.FeedbackWeight / weights.FeedbackDocs), sum, sum);
                        n++;
                    }
                }

                if (n > 0)
                {
                    var norm = System.Numerics.Tensors.TensorPrimitives.Norm(sum);
                    System.Numerics.Tensors.TensorPrimitives.Divide(sum, norm, sum);
                    semantic = index.Vectors!.Search(sum, weights.SemanticCandidates);
                    ranked = AnswerRanker.Rank(searcher, analyzed, weights, top, semantic, Mode, sum);
                }
            }

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
    private (IReadOnlyList<VectorHit>? Hits, float[]? Query) FindByMeaning(Understanding.AnalyzedQuestion analyzed)
    {
        var vectors = index.Vectors;
        if (encoder is null || vectors is null || vectors.Count == 0 || vectors.Dimensions != encoder.Dimensions)
        {
            return (null, null);
        }

        var interpretation = analyzed.Interpretation;
        var text = weights.EncodeCoreQuestion && interpretation.CoreQuestion.Length > 0 ? interpretation.CoreQuestion : interpretation.Text;
        if (Script.HasHan(text))
        {
            return (null, null);
        }

        var vector = encoder.Encode([text])[0];
        return (vectors.Search(vector, weights.SemanticCandidates), vector);
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
