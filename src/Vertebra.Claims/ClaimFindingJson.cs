using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vertebra.Claims;

/// <summary>
/// JSON for <c>vertebra check --json</c> and <c>POST /api/claims/check</c>:
/// <c>{"findings":[{"category","start","length","text","severity","why","source_name","source_url","article_slug"}],"truncated":false}</c>,
/// snake_case names, severity as <c>"warning"</c> or <c>"critical"</c>. <c>truncated</c> is true when checking stopped at
/// <see cref="ClaimChecker.MaxFindings"/> findings.
/// </summary>
public static class ClaimFindingJson
{
    /// <summary>The serializer options used here (snake_case, string enums). Hosts may reuse them.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises findings as one JSON object.</summary>
    public static string Serialize(IReadOnlyList<ClaimFinding> findings, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var options = indented ? new JsonSerializerOptions(Options) { WriteIndented = true } : Options;
        return JsonSerializer.Serialize(new Envelope(findings, findings.Count >= ClaimChecker.MaxFindings), options);
    }

    /// <summary>Writes findings as one JSON object to a stream.</summary>
    public static Task SerializeAsync(Stream stream, IReadOnlyList<ClaimFinding> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(findings);
        return JsonSerializer.SerializeAsync(stream, new Envelope(findings, findings.Count >= ClaimChecker.MaxFindings), Options, cancellationToken);
    }

    /// <summary>Reads findings back from <see cref="Serialize"/> output.</summary>
    public static IReadOnlyList<ClaimFinding> Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var envelope = JsonSerializer.Deserialize<Envelope>(json, Options) ?? throw new JsonException("Expected an object with 'findings'.");
        return envelope.Findings;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record Envelope(IReadOnlyList<ClaimFinding> Findings, bool Truncated = false);
}
