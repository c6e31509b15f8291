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

        if (weights.EncodeCorrected)
        {
            foreach (var c in interpretation.Corrections)
            {
                text = System.Text.RegularExpressions.Regex.Replace(text, @"\b" + System.Text.RegularExpressions.Regex.Escape(c.From) + @"\b", c.To);
            }
        }

        if (weights.QuerySentences <= 0)
        {
            var vector = encoder.Encode([text])[0];
            return vectors.Search(vector, weights.SemanticCandidates);
        }

        var parts = System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.?!])\s+|\n+")
            .Select(t => t.Trim()).Where(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3).Take(weights.QuerySentences).ToList();
        var texts = new List<string> { text };
        if (parts.Count > 1)
        {
            texts.AddRange(parts);
        }

        var encoded = encoder.Encode(texts);
        if (weights.QueryMix == 1)
        {
            var sum = new float[encoded[0].Length];
            foreach (var e in encoded)
            {
                for (var i = 0; i < sum.Length; i++)
                {
                    sum[i] += e[i];
                }
            }

            var norm = (float)Math.Sqrt(sum.Sum(x => (double)x * x));
            return vectors.Search(sum.Select(x => x / norm).ToArray(), weights.SemanticCandidates);
        }

        var best = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var e in encoded)
        {
            foreach (var hit in vectors.Search(e, weights.SemanticCandidates))
            {
                best[hit.Key] = Math.Max(best.GetValueOrDefault(hit.Key, -2f), hit.Similarity);
            }
        }

        return best.OrderByDescending(b => b.Value).Take(weights.SemanticCandidates).Select(b => new VectorHit(b.Key, b.Value)).ToList();
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
