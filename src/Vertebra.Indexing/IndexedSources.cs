using System.Text.Json;
using Vertebra.Search;

namespace Vertebra.Indexing;

/// <summary>
/// What the on-disk search index holds: the slug and content hash of every article in it, the id and content hash of
/// every pair, and the content version it was brought up to. Kept in a file beside the index, written (atomically)
/// after the index has committed, so it is never newer than the index: at worst a change is applied twice, never missed.
/// </summary>
/// <param name="Skipped">Records left out because they could not be indexed, by source key, with the reason.</param>
internal sealed record IndexedSources(int Format, long ContentVersion, IReadOnlyDictionary<string, string> Articles, IReadOnlyDictionary<string, string> QaPairs,
    IReadOnlyDictionary<string, string>? Skipped = null)
{
    /// <summary>How many sources (articles and pairs) the index holds.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Count => Articles.Count + QaPairs.Count;

    public const string FileName = "indexed-sources.json";

    /// <summary>The model of the documents' meaning vectors; empty when the index was built without them.</summary>
    public string? Vectors { get; init; }

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string PathIn(string folder) => System.IO.Path.Combine(folder, FileName);

    /// <summary>The record in the index folder, or null when it is missing, unreadable or of another index format.</summary>
    public static async Task<IndexedSources?> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(PathIn(folder));
            var sources = await JsonSerializer.DeserializeAsync<IndexedSources>(stream, Json, cancellationToken).ConfigureAwait(false);
            return sources is { Articles: not null, QaPairs: not null } && sources.Format == SearchIndex.FormatVersion ? sources : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes the record to a temporary file, flushes it to disk, then renames it over the old one.</summary>
    public async Task SaveAsync(string folder, CancellationToken cancellationToken)
    {
        var path = PathIn(folder);
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
