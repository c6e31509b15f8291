using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vertebra.Guidance;
using Vertebra.Web.Presentation;

namespace Vertebra.Web.Pages;

/// <summary>
/// "Check my symptoms": an adaptive questionnaire that works without JavaScript. The answers travel in the form
/// and are never stored or logged; the result is shown once and forgotten.
/// </summary>
public sealed class GuideModel(GuidanceEngine engine) : PageModel
{
    public GuideSession Session { get; private set; } = new();
    public IReadOnlyList<NextQuestion> Questions { get; private set; } = [];
    public GuidanceResult? Result { get; private set; }
    public string? Error { get; private set; }
    public bool Started { get; private set; }

    public IReadOnlyDictionary<string, string> RuleStatements => engine.RuleStatements;

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        Questions = Session.NextStep(engine, CaseFacts.Empty);
    }

    public IActionResult OnPost([FromForm(Name = "action")] string? action, [FromForm(Name = "shown")] string? shown)
    {
        Response.Headers.CacheControl = "no-store";
        Started = true;
        var kinds = engine.Questions.ToDictionary(q => q.Fact, q => q.Kind, StringComparer.Ordinal);
        var known = kinds.Keys.ToHashSet(StringComparer.Ordinal);
        var form = Request.Form.Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString())).ToList();
        Session = GuideSession.FromForm(form, known);
        var shownFacts = (shown ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(known.Contains).ToList();

        if (action == "back")
        {
            Session.Back();
        }
        else if (shownFacts.Count > 0)
        {
            Session.Record(shownFacts, form);
        }

        CaseFacts facts;
        try
        {
            facts = Session.ToFacts(kinds);
        }
        catch (CaseFactsException ex)
        {
            // Ask the last step again, with the problem explained.
            Error = ex.Message;
            Session.Back();
            Questions = shownFacts.Select(f => engine.Questions.First(q => q.Fact == f)).ToList();
            return Page();
        }

        Questions = action == "finish" ? [] : Session.NextStep(engine, facts);
        if (Questions.Count == 0)
        {
            Result = engine.Evaluate(facts);
        }

        return Page();
    }

    public string? CurrentAnswer(string fact) => Session.Answers.TryGetValue(fact, out var value) ? value : null;
}
