using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Search;
using Vertebra.Web.Caching;

namespace Vertebra.Web.Pages;

/// <summary>Ask a question in your own words: the best trusted answer first, then more answers and articles to read next.</summary>
[OutputCache(PolicyName = PageCaching.SearchPolicy)]
public sealed class AskModel(QuestionAnswerer answerer, SearchIndex index) : PageModel
{
    public const int MaxQuestionLength = 2000;

    public string? Question { get; private set; }
    public AnswerResult? Result { get; private set; }
    public IReadOnlyList<SearchHit> ReadNext { get; private set; } = [];

    public void OnGet([FromQuery(Name = "q")] string? q)
    {
        var question = new string((q ?? "").Where(ch => !char.IsControl(ch) || ch == '\n').ToArray()).Trim();
        Question = question;
        if (question.Length == 0)
        {
            return;
        }

        Result = LeadWithText(answerer.Ask(question, 5));
        var core = Result.Interpretation.CoreQuestion.Length > 0 ? Result.Interpretation.CoreQuestion : question;
        ReadNext = index.Search(core, 3, SearchDocumentKind.Article).Hits;
    }

    /// <summary>
    /// The answer a person reads first must have text: a question whose source withheld its answer (MedQuAD's
    /// question-only pairs) stays among the others as a link, never first. The rest keep their order.
    /// </summary>
    internal static AnswerResult LeadWithText(AnswerResult result)
    {
        var first = result.Answers.ToList().FindIndex(a => a.Answer.Length > 0);
        if (first <= 0)
        {
            return result;
        }

        var answers = new List<RankedAnswer>(result.Answers.Count) { result.Answers[first] };
        answers.AddRange(result.Answers.Where((_, i) => i != first));
        return result with { Answers = answers };
    }
}
