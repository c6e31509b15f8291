namespace Vertebra.Storage.Editorial;

/// <summary>A person who may sign in to the editor. The password is only ever kept as a hash.</summary>
public sealed record EditorUser(
    long Id,
    string UserName,
    string DisplayName,
    EditorRole Role,
    string PasswordHash,
    int FailedSignIns,
    DateTimeOffset? LockedUntil,
    string SecurityStamp = "")
{
    /// <summary>A fresh random stamp: giving a user a new one ends every sign-in made with the old one.</summary>
    public static string NewSecurityStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
