using Microsoft.AspNetCore.Identity;
using Vertebra.Storage.Editorial;

namespace Vertebra.Editorial;

/// <summary>Password hashes for editor accounts, with ASP.NET Core Identity's hasher (PBKDF2, salted, versioned format).</summary>
public static class EditorPasswords
{
    private static readonly PasswordHasher<EditorUser> Hasher = new();
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(null!, Guid.NewGuid().ToString()));

    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return Hasher.HashPassword(null!, password);
    }

    /// <summary>True when <paramref name="password"/> matches the user's stored hash.</summary>
    public static bool Verify(EditorUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    /// <summary>Spends the effort of a real check, so the time taken does not reveal that a user name does not exist.</summary>
    public static void VerifyNobody(string password) => Hasher.VerifyHashedPassword(null!, DummyHash.Value, password);
}
