namespace Vertebra.Claims;

/// <summary>The claim rules file is missing or invalid. The message names the file, the line and the problem.</summary>
public sealed class ClaimRulesException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClaimRulesException(string filePath, long line, string problem, Exception? innerException = null)
        : base($"{filePath}({line}): {problem}", innerException)
    {
        FilePath = filePath;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public ClaimRulesException()
        : this("(unknown)", 0, "invalid claim rules")
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public ClaimRulesException(string message)
        : this("(unknown)", 0, message)
    {
    }

    /// <summary>Creates the exception with a plain message and cause.</summary>
    public ClaimRulesException(string message, Exception innerException)
        : this("(unknown)", 0, message, innerException)
    {
    }

    /// <summary>The rules file.</summary>
    public string FilePath { get; }

    /// <summary>1-based line of the problem, or 0 when the whole file is affected.</summary>
    public long Line { get; }

    /// <summary>What is wrong, without the file and line.</summary>
    public string Problem { get; }
}
