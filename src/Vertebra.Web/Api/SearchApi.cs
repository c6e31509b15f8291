using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vertebra.Indexing;
using Vertebra.Search;

namespace Vertebra.Web.Api;

/// <summary>
/// <c>GET /api/search?q=</c> and <c>GET /api/ask?q=</c>: the same answers as the pages, as JSON. While the search index
/// is still being built (a site's first start, or the first after an import) a question that finds nothing gets 503 with
/// Retry-After, not an empty list that a client would take as "no answer".
/// </summary>
internal static class SearchApi
{
    public const int MaxTop = 50;

    /// <summary>Seconds a client is asked to wait while the index is being built.</summary>
    public const int RetryAfterSeconds = 10;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", Search).WithName("Search").CacheOutput(p => p.NoCache());
        endpoints.MapGet("/api/ask", Ask).WithName("Ask").CacheOutput(p => p.NoCache());
        return endpoints;
    }

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Search(string? q, int? top, SearchIndex index, SearchIndexKeeper keeper, HttpResponse response) =>
        Answer(q, top, 10, response, (question, count) =>
        {
            var results = index.Search(question, count);
            return (new SearchResponse(
                Describe(results.Interpretation),
                results.TotalMatches,
                results.Hits.Select(h => new SearchHitResponse(h.Id, h.Kind.ToString(), h.Title, h.Snippet, h.Url, h.Source, h.Score)).ToList(),
                results.KindCounts.ToDictionary(k => k.Key.ToString(), k => k.Value),
                results.SourceCounts.ToDictionary(k => k.Key, k => k.Value)),
                keeper.StillBuildingFor(results.Hits.Count, results.Interpretation));
        });

    private static Results<Ok<AskResponse>, ProblemHttpResult> Ask(string? q, int? top, QuestionAnswerer answerer, SearchIndexKeeper keeper, HttpResponse response) =>
        Answer(q, top, 5, response, (question, count) =>
        {
            var result = answerer.Ask(question, count);
            return (new AskResponse(
                Describe(result.Interpretation),
                result.EmptyReason,
                result.Answers.Select(a => new AnswerResponse(a.Id, a.Question, a.Answer, a.Snippet, a.Source, a.Url, a.Answer.Length > 0, a.Score)).ToList()),
                keeper.StillBuildingFor(result.Answers.Count, result.Interpretation));
        });

    /// <summary>
    /// The one way both endpoints read their query: a problem for an empty question or a <c>top</c> out of range,
    /// else <paramref name="answer"/> for the question and the number of results (<paramref name="defaultTop"/> when not given).
    /// <paramref name="answer"/> also says whether it found nothing only because the index is still being built
    /// (<see cref="SearchIndexKeeper.StillBuildingFor"/>): that becomes 503 with Retry-After.
    /// </summary>
    private static Results<Ok<TResponse>, ProblemHttpResult> Answer<TResponse>(string? q, int? top, int defaultTop,
        HttpResponse response, Func<string, int, (TResponse Body, bool StillBuilding)> answer)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Problem(title: "The question is empty.", detail: "Add your words as ?q=...", statusCode: StatusCodes.Status400BadRequest);
        }

        if (top is < 1 or > MaxTop)
        {
            return TypedResults.Problem(title: "Ask for between 1 and 50 results.", detail: "Set top from 1 to 50.", statusCode: StatusCodes.Status400BadRequest);
        }

        var (body, stillBuilding) = answer(q, Math.Clamp(top ?? defaultTop, 1, MaxTop));
        if (stillBuilding)
        {
            response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(title: "Answers are not ready yet.",
                detail: "The site has just started and is still building its search index. Ask again in a minute.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Ok(body);
    }

    private static InterpretationResponse Describe(QueryInterpretation i) =>
        new(i.CoreQuestion, i.Truncated, i.ShowingResultsFor, i.DidYouMean, i.Focus, i.QuestionType);

    internal sealed record InterpretationResponse(string CoreQuestion, bool Truncated, string? ShowingResultsFor, string? DidYouMean, IReadOnlyList<string> Focus, string QuestionType);

    internal sealed record SearchHitResponse(string Id, string Kind, string Title, string Snippet, string Url, string Source, float Score);

    internal sealed record SearchResponse(InterpretationResponse Interpretation, int Total, IReadOnlyList<SearchHitResponse> Hits, IReadOnlyDictionary<string, int> Kinds, IReadOnlyDictionary<string, int> Sources);

    internal sealed record AnswerResponse(string Id, string Question, string Answer, string Snippet, string Source, string Url, bool HasAnswerText, double Score);

    internal sealed record AskResponse(InterpretationResponse Interpretation, string? EmptyReason, IReadOnlyList<AnswerResponse> Answers);
}
