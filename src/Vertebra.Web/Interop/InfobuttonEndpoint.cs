using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vertebra.Interop.Infobutton;
using Vertebra.Web.Api;

namespace Vertebra.Web.Interop;

/// <summary><c>GET /infobutton</c>: HL7 Infobutton requests with MedlinePlus Connect's parameters; Atom (default) or JSON.</summary>
internal static class InfobuttonEndpoint
{
    public static IEndpointRouteBuilder MapInfobutton(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/infobutton", AnswerAsync)
            .WithName("Infobutton")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    private static async Task<IResult> AnswerAsync(HttpRequest request, InfobuttonService service, InteropCatalogueSource catalogue, CancellationToken cancellationToken)
    {
        InfobuttonRequest parsed;
        try
        {
            parsed = InfobuttonRequest.Parse(name => request.Query.TryGetValue(name, out var value) ? value.ToString() : null);
        }
        catch (InfobuttonException ex)
        {
            return Problems.BadRequest("The Infobutton request is not valid.", ex.Message);
        }

        var (contentType, body) = service.Answer(parsed, await catalogue.GetAsync(cancellationToken).ConfigureAwait(false), InteropRequests.BaseUrl(request));
        InteropRequests.AllowCrossOrigin(request.HttpContext.Response);
        return Results.Text(body, contentType, Encoding.UTF8);
    }
}
