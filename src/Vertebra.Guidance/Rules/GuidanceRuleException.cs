namespace Vertebra.Guidance;

/// <summary>A rule file is wrong. The message names the file, the line, the rule (when there is one) and the problem.</summary>
public sealed class GuidanceRuleException : Exception
{
    public GuidanceRuleException()
    {
    }

    public GuidanceRuleException(string message)
        : base(message)
    {
    }

    public GuidanceRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal GuidanceRuleException(string file, int line, string? ruleId, string problem, Exception? inner = null)
        : base(Format(file, line, ruleId, problem), inner)
    {
        File = file;
        Line = line;
        RuleId = ruleId;
        Problem = problem;
    }

    /// <summary>The file with the problem.</summary>
    public string? File { get; }

    /// <summary>1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The rule (or advice, flag, source or question) id, when the problem belongs to one.</summary>
    public string? RuleId { get; }

    /// <summary>The problem in plain words.</summary>
    public string? Problem { get; }

    private static string Format(string file, int line, string? ruleId, string problem)
    {
        var where = line > 0 ? $"{file}:{line}" : file;
        return ruleId is null ? $"{where}: {problem}" : $"{where}: rule '{ruleId}': {problem}";
    }
}
