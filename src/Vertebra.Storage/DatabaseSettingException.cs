namespace Vertebra.Storage;

/// <summary>The database setting (<c>--database</c> or its environment variable) cannot be read. The message says why and never repeats a password.</summary>
public sealed class DatabaseSettingException : ArgumentException
{
    public DatabaseSettingException()
    {
    }

    public DatabaseSettingException(string message)
        : base(message)
    {
    }

    public DatabaseSettingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
