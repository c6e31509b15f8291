using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Vertebra.Storage;

namespace Vertebra.Web.Hosting;

/// <summary><c>GET /healthz</c>: the store answers, and how much it holds.</summary>
internal static class HealthEndpoint
{
    public static async Task<Results<Ok<HealthReport>, ProblemHttpResult>> Check(IContentStore store, CancellationToken cancellationToken)
    {
        try
        {
            var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new HealthReport("ok", counts.Articles, counts.Conditions, counts.QaPairs));
        }
        catch (Exception ex) when (ex is DatabaseUnavailableException or System.Data.Common.DbException or InvalidOperationException)
        {
            return TypedResults.Problem("The content store is not answering.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    internal sealed record HealthReport(string Status, int Articles, int Conditions, int QaPairs);
}
