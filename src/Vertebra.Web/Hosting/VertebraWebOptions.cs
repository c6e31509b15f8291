namespace Vertebra.Web.Hosting;

/// <summary>Where the site keeps its data and finds its bundled content.</summary>
public sealed record VertebraWebOptions
{
    /// <summary>Folder for the SQLite file (and, later, the search index).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The bundled content folder used to seed an empty store; null skips seeding.</summary>
    public string? ContentDirectory { get; init; }

    /// <summary>Addresses to listen on, such as http://127.0.0.1:5000.</summary>
    public string? Urls { get; init; }

    /// <summary>How long a rendered page is served from memory before it is built again (default 30 seconds).</summary>
    public TimeSpan PageCacheDuration { get; init; } = TimeSpan.FromSeconds(30);

    public string DatabasePath => Path.Combine(DataDirectory, "vertebra.db");
}
