namespace Vertebra.Search;

/// <summary>
/// A query-understanding data file (content/search/*.yaml) is missing or malformed. The message starts with the file
/// and, where known, the line ("synonyms.yaml:12: ..."); the site and the command line stop rather than search without it.
/// </summary>
public sealed class SearchDataException : FormatException
{
    public SearchDataException(string file, long? line, string problem, Exception? inner = null)
        : base((line is { } at ? $"{file}:{at}: " : $"{file}: ") + problem, inner)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file, as it was given.</summary>
    public string File { get; }

    /// <summary>The 1-based line, when known.</summary>
    public long? Line { get; }
}
