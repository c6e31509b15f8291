using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Indexing;
using Vertebra.Search;
using Vertebra.Web.Answers;
using Vertebra.Web.Caching;

namespace Vertebra.Web.Pages;

/// <summary>Ask a question in your own words: the best trusted answer first, then more answers and articles to read next.</summary>
[OutputCache(PolicyName = PageCaching.SearchPolicy)]
public sealed class AskModel(QuestionAnswerer answerer, SearchIndex index, AnswerPresenter presenter, SearchIndexKeeper keeper) : PageModel
{
    public const int MaxQuestionLength = 2000;

    public string? Question { get; private set; }
    public AnswerResult? Result { get; private set; }
    public IReadOnlyList<SearchHit> ReadNext { get; private set; } = [];

    /// <summary>The answer shown first (always one with text), or null when no answer has text.</summary>
    public PresentedAnswer? First { get; private set; }

    /// <summary>The other answers, in rank order, question-only ones included as links.</summary>
    public IReadOnlyList<RankedAnswer> Others { get; private set; } = [];

    /// <summary>
    /// True when nothing was found because the search index is still being built (the first start of a site, or the
    /// first after an import): the page then says so and asks the person to try again, instead of "no answer".
    /// </summary>
    public bool StillStarting { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "q")] string? q, CancellationToken cancellationToken)
    {
        var question = new string((q ?? "").Where(ch => !char.IsControl(ch) || ch == '\n').ToArray()).Trim();
        Question = question;
        if (question.Length == 0)
        {
            return;
        }

        Result = answerer.Ask(question, AnswerPresenter.CandidatesToPresent);
        if (keeper.StillBuildingFor(Result.Answers.Count, Result.Interpretation))
        {
            StillStarting = true;
            return;
        }

        (First, Others) = await presenter.PresentAsync(Result, cancellationToken);
        var core = Result.Interpretation.CoreQuestion.Length > 0 ? Result.Interpretation.CoreQuestion : question;
        ReadNext = index.Search(core, 3, SearchDocumentKind.Article).Hits;
    }
}
