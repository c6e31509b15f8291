using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vertebra.Guidance;
using Microsoft.Extensions.Localization;
using Vertebra.Web.Hosting;
using Vertebra.Web.Localisation;
using Vertebra.Web.Presentation;

namespace Vertebra.Web.Pages;

/// <summary>
/// "Check my symptoms": a questionnaire that works without JavaScript, one topic a page ("Step 2 of 6"). The answers
/// travel in the form and are never stored or logged; the result is shown once and forgotten, and the person may
/// print it or download their own summary.
/// </summary>
public sealed class GuideModel(GuidanceEngine rules, GuideArticleLinks articles, VertebraWebOptions options, TimeProvider time, IStringLocalizer<SharedResource> text, Vertebra.Storage.IContentStore store, Telemetry.SiteMetrics metrics) : PageModel
{
    /// <summary>The rules with their texts in the page's language (the same rules in both editions).</summary>
    private readonly GuidanceEngine engine = SiteLanguage.IsChinese && rules.Speaks(GuidanceLanguages.Chinese) ? rules.In(GuidanceLanguages.Chinese) : rules;

    public GuideSession Session { get; private set; } = new();

    public IReadOnlyList<NextQuestion> Questions { get; private set; } = [];

    public PersonFacingAnswer? Answer { get; private set; }

    public string? Error { get; private set; }

    public bool Started { get; private set; }

    public GuidanceEngine Engine => engine;

    public string EmergencyNumber => options.EmergencyNumber;

    public string EmergencyTel => EmergencyNumberSetting.TelLink(options.EmergencyNumber);

    public int StepCount => engine.Topics.Count;

    /// <summary>The title of the page shown.</summary>
    public string PageTitle => Session.Page < engine.Topics.Count ? engine.Topics[Session.Page].Title : text["Warning signs you have not answered"];

    public bool ReviewOverdue => engine.IsReviewOverdue(time);

    public IReadOnlyList<string> RelatedArticles => Answer is null ? [] : articles.For(Answer.Engine);

    /// <summary>
    /// In the Chinese edition, the related articles' Chinese counterparts (address and title); an article without one
    /// stays the English article (language "en"). Empty in English, where <see cref="RelatedArticles"/> is shown.
    /// </summary>
    public IReadOnlyList<(string Path, string Title, string? Language)> ChineseRelatedArticles { get; private set; } = [];

    /// <summary>Fills <see cref="ChineseRelatedArticles"/> for a Chinese answer.</summary>
    public async Task<IActionResult> WithChineseArticlesAsync(IActionResult page, CancellationToken cancellationToken)
    {
        if (Answer is null || !SiteLanguage.IsChinese)
        {
            return page;
        }

        var links = new List<(string, string, string?)>();
        foreach (var slug in RelatedArticles)
        {
            var chinese = (await store.ListCounterpartsAsync(slug, cancellationToken)).FirstOrDefault(c => c.Language == SiteLanguage.ChineseContent);
            links.Add(chinese is null ? ("/articles/" + slug, slug.Replace('-', ' '), "en") : (chinese.Path, chinese.Title, null));
        }

        ChineseRelatedArticles = links.DistinctBy(l => l.Item1).ToList();
        return page;
    }

    public AnswerWords? Words => Answer is null ? null : GuidanceWords.For(Answer.Triage, Answer.Route);

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        Questions = Session.QuestionsOn(engine.Topics[0]);
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "action")] string? action, [FromForm(Name = "shown")] string? shown, CancellationToken cancellationToken) =>
        await WithChineseArticlesAsync(Respond(action, shown), cancellationToken);

    private IActionResult Respond(string? action, string? shown)
    {
        Response.Headers.CacheControl = "no-store";
        Started = true;
        var byFact = engine.Questions.ToDictionary(q => q.Fact, StringComparer.Ordinal);
        var form = Request.Form.Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString())).ToList();
        Session = GuideSession.FromForm(form, byFact.Keys.ToHashSet(StringComparer.Ordinal));
        var shownQuestions = (shown ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(byFact.ContainsKey).Select(f => byFact[f]).ToList();
        if (action == "download")
        {
            return Download(byFact);
        }

        if (action == "change")
        {
            // From an answer: the page the answer was given on, with its answers kept.
            Session.Page = Math.Min(Session.Page, engine.Topics.Count - 1);
            Questions = Session.QuestionsOn(engine.Topics[Session.Page]);
            return Page();
        }

        if (action == "back")
        {
            Session.Page = Session.Page >= engine.Topics.Count ? engine.Topics.Count - 1 : Math.Max(0, Session.Page - 1);
            Questions = Session.QuestionsOn(engine.Topics[Session.Page]);
            return Page();
        }

        Session.Record(shownQuestions, form);
        CaseFacts facts;
        try
        {
            facts = Session.ToFacts(byFact);
        }
        catch (CaseFactsException ex)
        {
            // Ask the same page again, with the problem explained (the rules explain in English only).
            Error = SiteLanguage.IsChinese ? text["Some answers could not be read. Please check them and try again."] : ex.Message;
            Questions = shownQuestions;
            return Page();
        }

        // An emergency sign already answered "yes": nothing more can raise the answer, so show it at once.
        var soFar = PersonFacingAnswer.For(engine, facts);
        if (soFar.Triage == TriageLevel.Emergency)
        {
            Answer = soFar;
            metrics.GuidanceAnswered(soFar.Triage, "guide");
            return Page();
        }

        var unansweredHere = Session.Unanswered(engine, shownQuestions);
        if (unansweredHere.Count > 0)
        {
            Error = AskAgain(unansweredHere);
            Questions = shownQuestions;
            return Page();
        }

        if (action != "finish" && Session.Page < engine.Topics.Count - 1)
        {
            Session.Page++;
            Questions = Session.QuestionsOn(engine.Topics[Session.Page]);
            return Page();
        }

        var unanswered = Session.Unanswered(engine, GuideSession.RequiredQuestions(engine));
        if (unanswered.Count > 0)
        {
            Session.Page = GuideSession.CheckPage;
            Error = AskAgain(unanswered);
            Questions = unanswered;
            return Page();
        }

        Answer = soFar;
        metrics.GuidanceAnswered(soFar.Triage, "guide");
        return Page();
    }

    public string? CurrentAnswer(string fact) => Session.Answers.TryGetValue(fact, out var value) ? value : null;

    /// <summary>Every question answered so far, with the answer in words, in asking order: the printable summary.</summary>
    public IEnumerable<(NextQuestion Question, string Answer)> AnsweredQuestions() =>
        engine.Questions.Where(q => Session.Answers.ContainsKey(q.Fact)).Select(q => (q, GuidanceWords.AnswerText(q, Session.Answers[q.Fact])));

    private string AskAgain(IReadOnlyList<NextQuestion> questions) =>
        text[questions.Count == 1
                ? "Please answer this warning-sign question before we give an answer. Choose yes, no or not sure for: {0}."
                : "Please answer these warning-sign questions before we give an answer. Choose yes, no or not sure for: {0}.",
            string.Join(text["; "], questions.Select(q => q.Short))];

    private FileContentResult Download(IReadOnlyDictionary<string, NextQuestion> byFact)
    {
        var text = new StringBuilder();
        text.AppendLine("My answers to the Vertebra symptom guide. Show this to the doctor or nurse.");
        text.AppendLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Date: {time.GetLocalNow():d MMMM yyyy, HH:mm}"));
        try
        {
            var answer = PersonFacingAnswer.For(engine, Session.ToFacts(byFact));
            var words = GuidanceWords.For(answer.Triage, answer.Route);
            text.AppendLine("What the guide said: " + words.Headline + ". " + words.WhereToGo);
            foreach (var sign in answer.PresentSigns)
            {
                text.AppendLine("Warning sign: " + sign.Name);
            }

            foreach (var unsure in answer.UnsureSigns)
            {
                text.AppendLine("Not sure about: " + unsure.Sign.Name);
            }
        }
        catch (CaseFactsException)
        {
            text.AppendLine("Some answers could not be read.");
        }

        text.AppendLine();
        foreach (var (question, answerText) in AnsweredQuestions())
        {
            text.AppendLine($"- {question.Text} {answerText}");
        }

        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8", "my-symptom-guide-answers.txt");
    }
}
