namespace Vertebra.Interop.CdsHooks;

/// <summary>A CDS Hooks request that cannot be answered: 400 (malformed), 404 (unknown service) or 412 (data missing).</summary>
public sealed class CdsRequestException : Exception
{
    public CdsRequestException()
    {
    }

    public CdsRequestException(string message)
        : base(message)
    {
    }

    public CdsRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; init; } = 400;

    public string Title { get; init; } = "The CDS Hooks request is not valid.";
}
