namespace Vertebra.Content;

/// <summary>
/// Input that cannot be imported. The message names the file, the line (when known) and the problem,
/// in words a person can act on; nothing has been written when this is thrown.
/// </summary>
public sealed class ContentImportException : Exception
{
    public ContentImportException(string file, int? line, string problem, Exception? inner = null)
        : base(Describe(file, line, problem), inner)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public string File { get; }
    public int? Line { get; }
    public string Problem { get; }

    private static string Describe(string file, int? line, string problem) =>
        line is { } l ? $"{file}, line {l}: {problem}" : $"{file}: {problem}";
}
