using System.Collections.Concurrent;
using Hl7.Fhir.Model;
using Vertebra.Guidance;

namespace Vertebra.Interop.Fhir;

/// <summary>
/// The FHIR face of the spine guidance: the Questionnaire generated from the engine's questions, and the
/// <c>$guidance</c> operation that evaluates a completed QuestionnaireResponse. Thread-safe; share one instance.
/// </summary>
public sealed class SpineGuidanceFhir
{
    private const int MaxCachedBases = 16;
    private readonly GuidanceEngine _engine;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, string> _questionnaireJson = new(StringComparer.Ordinal);

    public SpineGuidanceFhir(GuidanceEngine engine, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(time);
        _engine = engine;
        _time = time;
    }

    /// <summary>The Questionnaire resource, with canonical URLs under <paramref name="baseUrl"/> (e.g. https://host).</summary>
    /// <exception cref="InvalidOperationException">The generated resource fails the SDK's validation (a bug).</exception>
    public Questionnaire Questionnaire(string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var questionnaire = SpineQuestionnaire.Build(_engine, baseUrl);
        var problems = FhirJson.Validate(questionnaire).Concat(QuestionnaireChecks.Check(questionnaire)).ToArray();
        return problems.Length == 0
            ? questionnaire
            : throw new InvalidOperationException("The generated Questionnaire is not valid FHIR: " + string.Join(" ", problems));
    }

    /// <summary>The Questionnaire as FHIR JSON; built once per base URL.</summary>
    public string QuestionnaireJson(string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (_questionnaireJson.TryGetValue(baseUrl, out var json))
        {
            return json;
        }

        json = FhirJson.Serialize(Questionnaire(baseUrl));
        if (_questionnaireJson.Count < MaxCachedBases)
        {
            _questionnaireJson.TryAdd(baseUrl, json);
        }

        return json;
    }

    /// <summary>Parses a QuestionnaireResponse (FHIR R4 JSON) and evaluates its answers.</summary>
    /// <exception cref="FhirInteropException">Malformed JSON, not R4, not a QuestionnaireResponse, or answers that do not fit the questions.</exception>
    public GuidanceEvaluation Evaluate(string questionnaireResponseJson)
    {
        var answers = FhirJson.Parse<QuestionnaireResponse>(questionnaireResponseJson);
        var facts = QuestionnaireResponseReader.Read(answers, _engine);
        return new GuidanceEvaluation(answers, facts, _engine.Evaluate(facts));
    }

    /// <summary>The result as a FHIR GuidanceResponse (see <see cref="GuidanceResponseWriter"/> for why this resource).</summary>
    public GuidanceResponse ToGuidanceResponse(GuidanceEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return GuidanceResponseWriter.Write(evaluation.Result, evaluation.Answers, _time.GetUtcNow(), Guid.NewGuid());
    }
}

/// <summary>One evaluated QuestionnaireResponse: the parsed answers, the case facts read from them, and the result.</summary>
public sealed record GuidanceEvaluation(QuestionnaireResponse Answers, CaseFacts Facts, GuidanceResult Result);
