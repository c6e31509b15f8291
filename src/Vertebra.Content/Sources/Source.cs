namespace Vertebra.Content.Sources;

/// <summary>One public source in the registry (<c>content/sources.yaml</c>), cited by its id.</summary>
public sealed record Source
{
    public required string Id { get; init; }

    /// <summary>Who owns the page, as patients know them ("NICE", "NHS", "MedlinePlus").</summary>
    public required string Publisher { get; init; }

    public required string Title { get; init; }

    /// <summary>The canonical https address on the publisher's own site.</summary>
    public required string Url { get; init; }

    /// <summary>A guideline's code (NG59, IPG556), or null for a page that is not a numbered guideline.</summary>
    public string? Guideline { get; init; }

    /// <summary>The guideline's version as the publisher names it ("2016, updated 2020"), or null.</summary>
    public string? Version { get; init; }

    /// <summary>The year the page was published or last updated, shown beside the title.</summary>
    public int? Year { get; init; }

    /// <summary>The day someone last checked that the page says what we cite it for.</summary>
    public required DateOnly Checked { get; init; }

    /// <summary>The id of the source that replaced this one; a superseded source cannot be cited.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>"Publisher: Title (year)", the way pages show the source.</summary>
    public string DisplayName => Year is { } year ? $"{Publisher}: {Title} ({year})" : $"{Publisher}: {Title}";
}
