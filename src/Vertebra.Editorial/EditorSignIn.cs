using Vertebra.Storage.Editorial;

namespace Vertebra.Editorial;

/// <summary>Checks a user name and password, and locks an account for a while after repeated failures (each one audited).</summary>
public sealed class EditorSignIn(IEditorialStore store, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    /// <summary>The user, or a message that does not reveal whether the user exists.</summary>
    public async Task<(EditorUser? User, string? Problem)> CheckAsync(string userName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        const string wrong = "The user name or password is wrong.";
        var user = await store.FindUserAsync(userName.Trim(), cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            EditorPasswords.VerifyNobody(password);
            return (null, wrong);
        }

        var now = time.GetUtcNow();
        if (user.LockedUntil is { } until && until > now)
        {
            return (null, $"This account is locked after {MaxFailures} failed attempts. Try again after {until:HH:mm} UTC.");
        }

        if (!EditorPasswords.Verify(user, password))
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

        return (user, null);
    }
}
