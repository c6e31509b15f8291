namespace Vertebra.Interop.Infobutton;

/// <summary>An Infobutton request that cannot be answered (HTTP 400).</summary>
public sealed class InfobuttonException : Exception
{
    public InfobuttonException()
    {
    }

    public InfobuttonException(string message)
        : base(message)
    {
    }

    public InfobuttonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
