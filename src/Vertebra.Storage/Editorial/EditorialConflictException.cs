namespace Vertebra.Storage.Editorial;

/// <summary>The article changed between the check and the write (a newer revision was saved); nothing was written.</summary>
public sealed class EditorialConflictException : Exception
{
    public EditorialConflictException()
        : base("The article changed while it was being published.")
    {
    }

    public EditorialConflictException(string message)
        : base(message)
    {
    }

    public EditorialConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
