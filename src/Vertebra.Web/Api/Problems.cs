using Microsoft.AspNetCore.Http;

namespace Vertebra.Web.Api;

/// <summary>RFC 9457 problem details with plain titles, the same shape across the API.</summary>
internal static class Problems
{
    public static IResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
