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

    public string DatabasePath => Path.Combine(DataDirectory, "vertebra.db");
}
