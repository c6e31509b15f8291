namespace Vertebra.Guidance;

/// <summary>Case facts could not be read: an unknown field, a wrong type, or a value out of range.</summary>
public sealed class CaseFactsException : Exception
{
    public CaseFactsException()
    {
    }

    public CaseFactsException(string message)
        : base(message)
    {
    }

    public CaseFactsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The field the problem is about, when there is one.</summary>
    public string? Field { get; init; }
}
