using Lucene.Net.Search;
using Vertebra.Search.Answering;
using Vertebra.Search.Indexing;
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

    /// <summary>Answers questions from this index.</summary>
    public QuestionAnswerer(SearchIndex index)
        : this(index, RankingWeights.Default)
    {
    }

    internal QuestionAnswerer(SearchIndex index, RankingWeights weights)
    {
        ArgumentNullException.ThrowIfNull(index);
        this.index = index;
        this.weights = weights;
    }

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

            var ranked = AnswerRanker.Rank(searcher, analyzed, weights, top);
            var terms = analyzed.Terms.Keys.ToHashSet(StringComparer.Ordinal);
            var answers = ranked.Select(r => ToAnswer(searcher, r.Doc, r.Score, terms)).ToList();
            return new AnswerResult(answers, analyzed.Interpretation);
        });
    }

    private RankedAnswer ToAnswer(IndexSearcher searcher, int doc, double score, IReadOnlySet<string> terms)
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
