using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Vertebra.Web.Api;

/// <summary>How the JSON API declares a POST endpoint: a JSON body in, JSON out, a problem for bad input, never cached.</summary>
internal static class JsonApiEndpoints
{
    /// <summary>Maps <paramref name="handler"/> at <paramref name="pattern"/>; add any further problem codes to the result.</summary>
    public static RouteHandlerBuilder MapJsonPost<TRequest>(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler, string name)
        where TRequest : notnull =>
        endpoints.MapPost(pattern, handler)
            .WithName(name)
            .Accepts<TRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(policy => policy.NoCache());
}
