namespace Vertebra.Interop;

/// <summary>The interoperability data in the content folder is missing or wrong; the message names the file and line.</summary>
public sealed class InteropDataException : Exception
{
    public InteropDataException(string message)
        : base(message)
    {
    }

    public InteropDataException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
