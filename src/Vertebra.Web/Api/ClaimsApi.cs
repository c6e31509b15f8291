using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vertebra.Claims;

namespace Vertebra.Web.Api;

/// <summary><c>POST /api/claims/check</c>: <c>{"text": "..."}</c> in, findings out.</summary>
internal static class ClaimsApi
{
    public const int MaxTextChars = 100_000;

    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/claims/check", CheckAsync)
            .WithName("CheckClaims")
            .Accepts<CheckRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(policy => policy.NoCache());
        return endpoints;
    }

    internal sealed record CheckRequest(string? Text);

    private static async Task<IResult> CheckAsync(HttpRequest request, ClaimChecker checker, CancellationToken cancellationToken)
    {
        CheckRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<CheckRequest>(request.Body, JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Problems.BadRequest("The request is not valid JSON.", Problems.DescribeJson(ex));
        }

        if (body?.Text is not { } text)
        {
            return Problems.BadRequest("The text is missing.", "Send a JSON object such as {\"text\": \"the words to check\"}.");
        }

        if (text.Length > MaxTextChars)
        {
            return Problems.BadRequest("The text is too long.", $"Send at most {MaxTextChars:N0} characters at a time.");
        }

        try
        {
            return Results.Text(ClaimFindingJson.Serialize(checker.Check(text)), "application/json; charset=utf-8");
        }
        catch (RegexMatchTimeoutException)
        {
            return TypedResults.Problem(title: "The text could not be checked.", detail: "Checking took too long. This does not mean the text has no claims.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
