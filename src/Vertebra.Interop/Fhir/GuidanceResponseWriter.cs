using Hl7.Fhir.Model;
using Vertebra.Guidance;

namespace Vertebra.Interop.Fhir;

/// <summary>
/// Writes a guidance result as a FHIR R4 <see cref="GuidanceResponse"/>.
/// <para>
/// Why GuidanceResponse and not RiskAssessment: the engine does not estimate the probability of an outcome, which is
/// what RiskAssessment carries (prediction.probability). It runs a decision-support module over the answers and
/// returns what to do, which is exactly GuidanceResponse: <c>moduleUri</c> names the rule set, <c>status</c> says
/// <c>data-requested</c> while a warning-sign question is unanswered (the engine's "provisional"), and
/// <c>dataRequirement</c> lists the questions still to ask. The triage, route, massage verdict and summary go in a
/// contained Parameters (<c>outputParameters</c>); advice and flags become actions of a contained RequestGroup
/// (<c>result</c>), with the citations as documentation.
/// </para>
/// </summary>
internal static class GuidanceResponseWriter
{
    public const string ModulePrefix = "urn:vertebra:guidance-ruleset:";

    public static GuidanceResponse Write(GuidanceResult result, QuestionnaireResponse answers, DateTimeOffset now, Guid id)
    {
        var parameters = new Parameters { Id = "output" };
        parameters.Add("triage", new Code(WireNames.Of(result.Triage)));
        parameters.Add("route", new Code(WireNames.Of(result.Route)));
        parameters.Add("massage", new Code(WireNames.Of(result.Massage)));
        parameters.Add("provisional", new FhirBoolean(result.Provisional));
        parameters.Add("ruleset", new FhirString(result.Ruleset));
        if (result.Summary is not null)
        {
            parameters.Add("summary", new FhirString(result.Summary));
        }

        foreach (var entry in result.Trace)
        {
            parameters.Parameter.Add(new Parameters.ParameterComponent
            {
                Name = "trace",
                Part =
                [
                    new Parameters.ParameterComponent { Name = "rule", Value = new FhirString(entry.Rule) },
                    .. entry.Facts.Select(f => new Parameters.ParameterComponent { Name = "fact", Value = new FhirString(f) }),
                ],
            });
        }

        var plan = new RequestGroup
        {
            Id = "advice",
            Status = RequestStatus.Active,
            Intent = RequestIntent.Proposal,
            Priority = Priority(result.Triage),
        };
        foreach (var flag in result.Flags)
        {
            plan.Action.Add(new RequestGroup.ActionComponent
            {
                Prefix = WireNames.Of(flag.Severity),
                Title = flag.Id,
                Description = flag.Text,
                Priority = flag.Severity switch
                {
                    FlagSeverity.Critical => RequestPriority.Stat,
                    FlagSeverity.Warning => RequestPriority.Urgent,
                    _ => RequestPriority.Routine,
                },
            });
        }

        foreach (var advice in result.Advice)
        {
            plan.Action.Add(new RequestGroup.ActionComponent
            {
                Title = advice.Id,
                Description = advice.Text,
                Documentation = advice.Citations
                    .Select(c => new RelatedArtifact { Type = RelatedArtifact.RelatedArtifactType.Citation, Citation = c })
                    .ToList(),
            });
        }

        var response = new GuidanceResponse
        {
            Id = id.ToString("D"),
            Identifier = [new Identifier("urn:ietf:rfc:3986", "urn:uuid:" + id.ToString("D"))],
            Module = new FhirUri(ModulePrefix + result.Ruleset),
            Status = result.Provisional ? GuidanceResponse.GuidanceResponseStatus.DataRequested : GuidanceResponse.GuidanceResponseStatus.Success,
            Subject = answers.Subject,
            Encounter = answers.Encounter,
            OccurrenceDateTime = now.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            OutputParameters = new ResourceReference("#output"),
            Result = new ResourceReference("#advice"),
            Contained = [parameters, plan],
        };
        if (answers.Identifier is { } requestId)
        {
            response.RequestIdentifier = requestId;
        }

        if (result.Summary is not null)
        {
            response.Note.Add(new Annotation { Text = new Markdown(result.Summary) });
        }

        foreach (var fact in result.Missing)
        {
            response.DataRequirement.Add(new DataRequirement
            {
                Type = FHIRAllTypes.QuestionnaireResponse,
                MustSupportElement = [new FhirString($"item.where(linkId='{fact}').answer")],
            });
        }

        return response;
    }

    private static RequestPriority Priority(TriageLevel triage) => triage switch
    {
        TriageLevel.Emergency => RequestPriority.Stat,
        TriageLevel.Urgent => RequestPriority.Asap,
        TriageLevel.Soon => RequestPriority.Urgent,
        _ => RequestPriority.Routine,
    };
}
