using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Editorial;

/// <summary>Checks a user name and password with ASP.NET Core's password hasher, and locks an account after repeated failures.</summary>
public sealed class SignInService(IEditorialStore store, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<EditorUser> Hasher = new();

    public static string HashPassword(string password) => Hasher.HashPassword(null!, password);

    /// <summary>The signed-in principal, or a message that does not reveal whether the user exists.</summary>
    public async Task<(ClaimsPrincipal? Principal, string? Problem)> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        const string wrong = "The user name or password is wrong.";
        var user = await store.FindUserAsync(userName.Trim(), cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            // Spend the same effort as a real check, so timing does not reveal which names exist.
            Hasher.VerifyHashedPassword(null!, DummyHash.Value, password);
            return (null, wrong);
        }

        var now = time.GetUtcNow();
        if (user.LockedUntil is { } until && until > now)
        {
            return (null, $"This account is locked after {MaxFailures} failed attempts. Try again after {until:HH:mm} UTC.");
        }

        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failures = user.LockedUntil is { } old && old <= now ? 1 : user.FailedSignIns + 1;
            DateTimeOffset? lockedUntil = failures >= MaxFailures ? now + LockoutTime : null;
            await store.RecordSignInFailureAsync(user.Id, failures, lockedUntil, cancellationToken).ConfigureAwait(false);
            await store.AppendAuditAsync(new AuditEntry(now, user.UserName, lockedUntil is null ? "failed sign-in" : "account locked", user.UserName, $"attempt {failures}"), cancellationToken).ConfigureAwait(false);
            return (null, lockedUntil is null ? wrong : $"This account is locked after {MaxFailures} failed attempts. Try again in {LockoutTime.TotalMinutes:N0} minutes.");
        }

        if (user.FailedSignIns > 0 || user.LockedUntil is not null)
        {
            await store.RecordSignInFailureAsync(user.Id, 0, null, cancellationToken).ConfigureAwait(false);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(ClaimTypes.Role, user.Role.ToString()),
                new Claim(EditorPolicies.DisplayNameClaim, user.DisplayName),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return (new ClaimsPrincipal(identity), null);
    }

    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(null!, Guid.NewGuid().ToString()));
}
