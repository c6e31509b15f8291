namespace Vertebra.Interop.CdsHooks;

/// <summary>What a CDS Hooks endpoint sends back: an HTTP status, a content type and a JSON body.</summary>
public sealed record CdsAnswer(int Status, string ContentType, string Json)
{
    public const string Json200 = "application/json; charset=utf-8";
    public const string Problem = "application/problem+json; charset=utf-8";

    /// <summary>What was off in the request but did not stop the answer, for the host to log (element paths and codes, no values).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
