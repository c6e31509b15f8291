using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vertebra.Guidance;
using Vertebra.Interop.Fhir;

namespace Vertebra.Web.Interop;

/// <summary>
/// <c>GET /fhir/Questionnaire/spine-guidance</c> and <c>POST /fhir/QuestionnaireResponse/$guidance</c>.
/// The operation answers the guidance-result JSON by default and a FHIR GuidanceResponse when the client accepts
/// <c>application/fhir+json</c>; problems are OperationOutcomes with 400. Nothing is stored or logged.
/// </summary>
internal static class FhirEndpoints
{
    public const int MaxBodyBytes = 256 * 1024;
    private const string FhirContentType = FhirJson.MediaType + "; fhirVersion=" + FhirJson.FhirVersion + "; charset=utf-8";

    public static IEndpointRouteBuilder MapFhirInterop(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/fhir/Questionnaire/spine-guidance", GetQuestionnaire)
            .WithName("FhirSpineQuestionnaire")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType);
        endpoints.MapPost("/fhir/QuestionnaireResponse/$guidance", EvaluateAsync)
            .WithName("FhirGuidanceOperation")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
            .Produces(StatusCodes.Status400BadRequest, contentType: FhirJson.MediaType)
            .CacheOutput(policy => policy.NoCache());
        return endpoints;
    }

    private static IResult GetQuestionnaire(HttpRequest request, SpineGuidanceFhir fhir)
    {
        try
        {
            FhirJson.CheckVersion(request.Headers.Accept.ToString(), "Accept");
        }
        catch (FhirInteropException ex)
        {
            return Outcome(ex);
        }

        return Results.Text(fhir.QuestionnaireJson(InteropRequests.BaseUrl(request)), FhirContentType, Encoding.UTF8);
    }

    private static async Task<IResult> EvaluateAsync(HttpRequest request, SpineGuidanceFhir fhir, CancellationToken cancellationToken)
    {
        try
        {
            var contentType = request.ContentType;
            FhirJson.CheckVersion(contentType, "Content-Type");
            FhirJson.CheckVersion(request.Headers.Accept.ToString(), "Accept");
            if (contentType is not null && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                throw new FhirInteropException($"Send the QuestionnaireResponse as {FhirJson.MediaType}, not {contentType}.")
                {
                    IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType.NotSupported,
                    Status = StatusCodes.Status415UnsupportedMediaType,
                };
            }

            var body = await InteropRequests.ReadBodyAsync(request, MaxBodyBytes, cancellationToken).ConfigureAwait(false)
                ?? throw new FhirInteropException($"The QuestionnaireResponse is too large; send at most {MaxBodyBytes / 1024} KB.") { IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType.TooLong };
            var evaluation = fhir.Evaluate(Encoding.UTF8.GetString(body));
            request.HttpContext.Response.Headers.CacheControl = "no-store";
            return WantsFhir(request)
                ? Results.Text(FhirJson.Serialize(fhir.ToGuidanceResponse(evaluation)), FhirContentType, Encoding.UTF8)
                : Results.Text(GuidanceResultJson.Serialize(evaluation.Result), "application/json; charset=utf-8", Encoding.UTF8);
        }
        catch (FhirInteropException ex)
        {
            return Outcome(ex);
        }
    }

    /// <summary>True when the Accept header names FHIR JSON (also the old application/json+fhir) or asks <c>_format=fhir+json</c>.</summary>
    private static bool WantsFhir(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        var format = request.Query["_format"].ToString();
        return accept.Contains("application/fhir+json", StringComparison.OrdinalIgnoreCase)
            || accept.Contains("application/json+fhir", StringComparison.OrdinalIgnoreCase)
            || format is "fhir+json" or "application/fhir+json";
    }

    private static IResult Outcome(FhirInteropException ex) =>
        Results.Text(FhirJson.Serialize(FhirJson.Outcome(ex)), FhirContentType, Encoding.UTF8, ex.Status);
}
