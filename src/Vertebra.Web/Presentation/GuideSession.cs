using System.Text.Json.Nodes;
using Vertebra.Guidance;

namespace Vertebra.Web.Presentation;

/// <summary>
/// The symptom guide's state, carried in the form itself (never stored on the server): the answers so far and
/// the page reached. One topic a page, in the rule set's topic order; then the result. Warning-sign questions of
/// emergency signs must be answered (yes, no or not sure) before any result: nothing is pre-selected, and an
/// unanswered one is asked again with a message that names it.
/// </summary>
public sealed class GuideSession
{
    /// <summary>The value a "Not sure" answer carries in the form.</summary>
    public const string NotSure = "unsure";

    /// <summary>The page number of the extra page that asks the warning signs left unanswered.</summary>
    public const int CheckPage = 1000;

    private const string AnswerPrefix = "a.";
    private const string QuestionPrefix = "q.";

    public Dictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);

    /// <summary>The page shown: a topic index, or <see cref="CheckPage"/>.</summary>
    public int Page { get; set; }

    public static GuideSession FromForm(IEnumerable<KeyValuePair<string, string>> form, IReadOnlySet<string> knownFacts)
    {
        var session = new GuideSession();
        foreach (var (key, value) in form)
        {
            if (key.StartsWith(AnswerPrefix, StringComparison.Ordinal) && knownFacts.Contains(key[AnswerPrefix.Length..]) && value.Length is > 0 and <= 40)
            {
                session.Answers[key[AnswerPrefix.Length..]] = value;
            }
            else if (key == "page" && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page))
            {
                session.Page = Math.Min(page, CheckPage);
            }
        }

        return session;
    }

    /// <summary>
    /// Takes the answers given for the questions just shown. A chosen option (including "Not sure") is kept; an empty
    /// number box means "not sure"; a question with no option chosen stays unanswered.
    /// </summary>
    public void Record(IEnumerable<NextQuestion> shown, IEnumerable<KeyValuePair<string, string>> form)
    {
        var values = form.Where(p => p.Key.StartsWith(QuestionPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[QuestionPrefix.Length..], p => p.Value.Trim(), StringComparer.Ordinal);
        foreach (var question in shown)
        {
            var hasValue = values.TryGetValue(question.Fact, out var value) && value.Length is > 0 and <= 40;
            if (hasValue)
            {
                Answers[question.Fact] = value!;
            }
            else if (question.Kind == FactKind.Integer)
            {
                Answers[question.Fact] = NotSure;
            }
            else
            {
                Answers.Remove(question.Fact);
            }
        }
    }

    /// <summary>The facts that must have an answer (yes, no or not sure) before any result: the yes/no and choice facts of every emergency sign.</summary>
    public static IReadOnlyList<NextQuestion> RequiredQuestions(GuidanceEngine engine)
    {
        var facts = engine.WarningSigns.Where(s => s.Level == WarningSignLevel.Emergency).SelectMany(s => s.Facts).ToHashSet(StringComparer.Ordinal);
        return engine.Questions.Where(q => facts.Contains(q.Fact) && q.Kind != FactKind.Integer).ToArray();
    }

    /// <summary>The required questions among <paramref name="questions"/> that have no answer yet.</summary>
    public IReadOnlyList<NextQuestion> Unanswered(GuidanceEngine engine, IEnumerable<NextQuestion> questions)
    {
        var required = RequiredQuestions(engine).Select(q => q.Fact).ToHashSet(StringComparer.Ordinal);
        return questions.Where(q => required.Contains(q.Fact) && Applies(q) && !Answers.ContainsKey(q.Fact)).ToArray();
    }

    /// <summary>Whether a question is asked at all: pregnancy is not asked when the answer to sex is male.</summary>
    public bool Applies(NextQuestion question) =>
        !(question.Fact == "pregnant" && Answers.TryGetValue("sex", out var sex) && sex == "male");

    /// <summary>The questions of a topic page that apply to this person.</summary>
    public IReadOnlyList<NextQuestion> QuestionsOn(QuestionTopic topic) => topic.Questions.Where(Applies).ToArray();

    /// <summary>The answers as case facts ("not sure" is unknown), checked exactly as the API checks them.</summary>
    /// <exception cref="CaseFactsException">An answer is not allowed (for example an age of 500).</exception>
    public CaseFacts ToFacts(IReadOnlyDictionary<string, NextQuestion> questions)
    {
        var json = new JsonObject();
        foreach (var (fact, value) in Answers)
        {
            if (value == NotSure)
            {
                continue;
            }

            var question = questions[fact];
            json[fact] = question.Kind switch
            {
                FactKind.Boolean => value switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw new CaseFactsException($"Please answer yes, no or not sure for the question about {question.Short}.") { Field = fact },
                },
                FactKind.Integer => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                    ? n
                    : throw new CaseFactsException($"Please give a whole number for the question about {question.Short}, or leave it empty if you are not sure.") { Field = fact },
                _ => value,
            };
        }

        try
        {
            return CaseFactsJson.Parse(json.ToJsonString());
        }
        catch (CaseFactsException ex) when (ex.Field is { } field && questions.TryGetValue(field, out var question))
        {
            throw new CaseFactsException(PlainRangeMessage(question)) { Field = field };
        }
    }

    public static string AnswerField(string fact) => AnswerPrefix + fact;

    public static string QuestionField(string fact) => QuestionPrefix + fact;

    private static string PlainRangeMessage(NextQuestion question) => question.Max is { } max
        ? $"Please give a number from {question.Min} to {max} for the question about {question.Short}, or leave it empty if you are not sure."
        : $"Please give a number of {question.Min} or more for the question about {question.Short}, or leave it empty if you are not sure.";
}
