namespace Vertebra.Content.Import;

/// <summary>Bounds that keep a bad or hostile file from exhausting memory.</summary>
public sealed record ImportLimits
{
    /// <summary>Largest single text, Markdown or XML file read whole (default 8 MiB).</summary>
    public long MaxFileBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Largest line of a JSON-lines file (default 1 MiB).</summary>
    public int MaxLineChars { get; init; } = 1024 * 1024;

    /// <summary>Largest JSON-lines file after decompression (default 1 GiB).</summary>
    public long MaxStreamBytes { get; init; } = 1024L * 1024 * 1024;

    public static ImportLimits Default { get; } = new();
}
