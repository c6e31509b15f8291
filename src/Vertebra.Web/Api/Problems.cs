using Microsoft.AspNetCore.Http;

namespace Vertebra.Web.Api;

/// <summary>RFC 9457 problem details with plain titles, the same shape across the API.</summary>
internal static class Problems
{
    public static IResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>
    /// Where JSON went wrong, in plain words. The serializer's own message names .NET types ("could not be converted to
    /// System.String"), which tells an attacker about the code and a person nothing.
    /// </summary>
    public static string DescribeJson(System.Text.Json.JsonException ex)
    {
        System.ArgumentNullException.ThrowIfNull(ex);
        var where = ex.Path is { Length: > 0 } path && path != "$" ? $" at {path}" : "";
        var line = ex.LineNumber is { } n ? $" (line {n + 1})" : "";
        return $"The JSON is not well formed or a value has the wrong type{where}{line}. Send a JSON object such as {{\"text\": \"the words to check\"}}.";
    }
}
