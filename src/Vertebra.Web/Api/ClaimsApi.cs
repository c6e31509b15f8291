using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vertebra.Claims;

namespace Vertebra.Web.Api;

/// <summary>
/// <c>POST /api/claims/check</c>: <c>{"text": "..."}</c> in, findings out. Limits are checked before any work:
/// a body over <see cref="MaxBodyBytes"/> or a text over <see cref="MaxTextChars"/> gets 413; at most
/// <see cref="ClaimChecker.MaxFindings"/> findings are returned (<c>"truncated": true</c> says checking stopped there);
/// checking stops when the client hangs up.
/// </summary>
internal static class ClaimsApi
{
    public const int MaxTextChars = 100_000;

    /// <summary>Room for <see cref="MaxTextChars"/> characters written as JSON escapes or UTF-8, plus the wrapper.</summary>
    public const int MaxBodyBytes = (MaxTextChars * 6) + 1024;

    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapJsonPost<CheckRequest>("/api/claims/check", CheckAsync, "CheckClaims")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return endpoints;
    }

    internal sealed record CheckRequest(string? Text);

    private static async Task<IResult> CheckAsync(HttpRequest request, ClaimChecker checker, Telemetry.SiteMetrics metrics, CancellationToken cancellationToken)
    {
        if (!BodyLimit.Apply(request.HttpContext, MaxBodyBytes))
        {
            return TooLarge();
        }

        CheckRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<CheckRequest>(request.Body, JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Problems.BadRequest("The request is not valid JSON.", Problems.DescribeJson(ex));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (body?.Text is not { } text)
        {
            return Problems.BadRequest("The text is missing.", "Send a JSON object such as {\"text\": \"the words to check\"}.");
        }

        if (text.Length > MaxTextChars)
        {
            return TooLarge();
        }

        try
        {
            var findings = checker.Check(text, cancellationToken);
            metrics.ClaimsFound(findings, "api");
            return Results.Text(ClaimFindingJson.Serialize(findings), "application/json; charset=utf-8");
        }
        catch (RegexMatchTimeoutException)
        {
            return TypedResults.Problem(title: "The text could not be checked.", detail: "Checking took too long. This does not mean the text has no claims.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static IResult TooLarge() =>
        TypedResults.Problem(title: "The text is too long.", detail: $"Send at most {MaxTextChars:N0} characters at a time.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
