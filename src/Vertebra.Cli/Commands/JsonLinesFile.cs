namespace Vertebra.Cli.Commands;

/// <summary>A JSON-lines input file (<c>--batch</c>): checked to exist, then read one non-blank line at a time.</summary>
internal static class JsonLinesFile
{
    /// <summary>False, after saying so on <paramref name="error"/>, when the file does not exist.</summary>
    public static async Task<bool> ExistsAsync(string file, TextWriter error)
    {
        if (File.Exists(file))
        {
            return true;
        }

        await error.WriteLineAsync($"{file}: the file does not exist.").ConfigureAwait(false);
        return false;
    }

    /// <summary>The file's non-blank lines with their 1-based line numbers, read lazily.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string file, CancellationToken cancellationToken)
    {
        var number = 0;
        foreach (var text in File.ReadLines(file))
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return (number, text);
            }
        }
    }
}
