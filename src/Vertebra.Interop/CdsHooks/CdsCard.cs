namespace Vertebra.Interop.CdsHooks;

/// <summary>How urgent a card is (CDS Hooks 2.0 <c>indicator</c>).</summary>
public enum CardIndicator
{
    Info,
    Warning,
    Critical,
}

/// <summary>A link on a card; always <c>type: absolute</c> here (no SMART apps).</summary>
public sealed record CardLink(string Label, string Url);

/// <summary>A CDS Hooks card. <see cref="Summary"/> is one sentence under 140 characters.</summary>
public sealed record CdsCard
{
    public required string Summary { get; init; }

    public string? Detail { get; init; }

    public required CardIndicator Indicator { get; init; }

    public required string SourceLabel { get; init; }

    public required string SourceUrl { get; init; }

    public IReadOnlyList<CardLink> Links { get; init; } = [];

    /// <summary>The most a summary may hold: the spec asks for fewer than 140 characters.</summary>
    public const int MaxSummaryLength = 139;

    /// <summary>Shortens a summary to fit, ending in an ellipsis.</summary>
    public static string FitSummary(string text) =>
        text.Length <= MaxSummaryLength ? text : string.Concat(text.AsSpan(0, MaxSummaryLength - 1).TrimEnd(), "…");
}
