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

        Result = answerer.Ask(question, 5);
        var core = Result.Interpretation.CoreQuestion.Length > 0 ? Result.Interpretation.CoreQuestion : question;
        ReadNext = index.Search(core, 3, SearchDocumentKind.Article).Hits;
    }
}
