using System.Text.Json.Nodes;
using Vertebra.Guidance;

namespace Vertebra.Web.Presentation;

/// <summary>
/// The symptom guide's state, carried in the form itself (never stored on the server): the answers so far,
/// the questions already asked (so "not sure" is not asked again) and the steps taken (for "back").
/// </summary>
public sealed class GuideSession
{
    public const int QuestionsPerStep = 4;
    private const string AnswerPrefix = "a.";
    private const string QuestionPrefix = "q.";

    public Dictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Asked { get; } = new(StringComparer.Ordinal);
    public List<IReadOnlyList<string>> Steps { get; } = [];

    public static GuideSession FromForm(IEnumerable<KeyValuePair<string, string>> form, IReadOnlySet<string> knownFacts)
    {
        var session = new GuideSession();
        foreach (var (key, value) in form)
        {
            if (key.StartsWith(AnswerPrefix, StringComparison.Ordinal) && knownFacts.Contains(key[AnswerPrefix.Length..]) && value.Length is > 0 and <= 40)
            {
                session.Answers[key[AnswerPrefix.Length..]] = value;
            }
            else if (key == "asked")
            {
                session.Asked.UnionWith(Split(value, ',').Where(knownFacts.Contains));
            }
            else if (key == "steps")
            {
                session.Steps.AddRange(Split(value, '|').Select(s => (IReadOnlyList<string>)Split(s, ',').Where(knownFacts.Contains).ToList()));
            }
        }

        return session;
    }

    /// <summary>Takes the answers given for the questions just shown; an empty answer means "not sure".</summary>
    public void Record(IReadOnlyList<string> shown, IEnumerable<KeyValuePair<string, string>> form)
    {
        var values = form.Where(p => p.Key.StartsWith(QuestionPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[QuestionPrefix.Length..], p => p.Value.Trim(), StringComparer.Ordinal);
        foreach (var fact in shown)
        {
            Asked.Add(fact);
            if (values.TryGetValue(fact, out var value) && value.Length is > 0 and <= 40)
            {
                Answers[fact] = value;
            }
            else
            {
                Answers.Remove(fact);
            }
        }

        Steps.Add(shown);
    }

    /// <summary>Undoes the last step, so its questions are asked again.</summary>
    public void Back()
    {
        if (Steps.Count == 0)
        {
            return;
        }

        foreach (var fact in Steps[^1])
        {
            Answers.Remove(fact);
            Asked.Remove(fact);
        }

        Steps.RemoveAt(Steps.Count - 1);
    }

    /// <summary>The answers as case facts, checked exactly as the API checks them.</summary>
    /// <exception cref="CaseFactsException">An answer is not allowed (for example an age of 500).</exception>
    public CaseFacts ToFacts(IReadOnlyDictionary<string, FactKind> kinds)
    {
        var json = new JsonObject();
        foreach (var (fact, value) in Answers)
        {
            json[fact] = kinds[fact] switch
            {
                FactKind.Boolean => value switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw new CaseFactsException($"Please answer yes, no or not sure for '{fact}'."),
                },
                FactKind.Integer => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                    ? n
                    : throw new CaseFactsException($"Please give a whole number for '{fact}'."),
                _ => value,
            };
        }

        return CaseFactsJson.Parse(json.ToJsonString());
    }

    /// <summary>The questions for the next step: every open warning-sign question together, otherwise a few at a time.</summary>
    public IReadOnlyList<NextQuestion> NextStep(GuidanceEngine engine, CaseFacts facts)
    {
        var open = engine.NextQuestions(facts).Where(q => !Asked.Contains(q.Fact)).ToList();
        var redFlags = open.Where(q => q.RedFlag).ToList();
        return redFlags.Count > 0 ? redFlags : open.Take(QuestionsPerStep).ToList();
    }

    public string AskedField => string.Join(',', Asked.Order(StringComparer.Ordinal));

    public string StepsField => string.Join('|', Steps.Select(s => string.Join(',', s)));

    public static string AnswerField(string fact) => AnswerPrefix + fact;

    public static string QuestionField(string fact) => QuestionPrefix + fact;

    private static List<string> Split(string value, char separator) =>
        value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
