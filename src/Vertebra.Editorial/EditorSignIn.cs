using System.Globalization;
using Vertebra.Storage.Editorial;

namespace Vertebra.Editorial;

/// <summary>
/// Checks a user name and password, throttling failures per user name and address with growing delays. An unknown
/// user, a wrong password and a throttled attempt take the same steps (count the attempt, look the user up, check a
/// password hash, write one audit line) and get the same answer, so the answer reveals neither that
/// an account exists nor that it is being throttled, and a stranger at another address cannot lock anyone out.
/// </summary>
public sealed class EditorSignIn(IEditorialStore store, TimeProvider time)
{
    /// <summary>Failures allowed from one address for one user name before each next try has to wait.</summary>
    public const int FreeAttempts = 5;

    /// <summary>The one answer to every failed sign-in.</summary>
    public const string Problem = "The user name or password is wrong, or there were too many tries. Please wait a few minutes and try again.";

    private static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromHours(1);

    /// <summary>How long the next try must wait after the attempt numbered <paramref name="attempts"/> (zero within the free attempts); it doubles each time.</summary>
    public static TimeSpan DelayAfter(int attempts)
    {
        if (attempts < FreeAttempts)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(attempts - FreeAttempts, 10);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < LongestDelay ? delay : LongestDelay;
    }

    /// <summary>The user, or <see cref="Problem"/>.</summary>
    /// <param name="address">The client's address (after trusted proxies), or null when unknown.</param>
    public async Task<(EditorUser? User, string? Problem)> CheckAsync(string userName, string password, string? address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        var name = userName.Trim();
        var key = ThrottleKey(name, address);
        var now = time.GetUtcNow();

        // Counted before the password is checked, in one atomic step: parallel guesses cannot all see "no failures yet".
        var admitted = await store.ReserveSignInAttemptAsync(key, now, n => DelayAfter(n) is { } d && d > TimeSpan.Zero ? d : null, cancellationToken).ConfigureAwait(false);
        var user = await store.FindUserAsync(name, cancellationToken).ConfigureAwait(false);
        var matches = user is null ? EditorPasswords.VerifyNobody(password) : EditorPasswords.Verify(user, password);
        if (admitted && matches && user is not null)
        {
            await store.ClearSignInAttemptsAsync(key, cancellationToken).ConfigureAwait(false);
            return (user, null);
        }

        // One audit line for every failure, so all failures take the same steps. Only admins read the log; a name that is
        // not an account is not written down (people sometimes type their password into the name field).
        var account = user?.UserName ?? "(no such user)";
        await store.AppendAuditAsync(new AuditEntry(now, account, "failed sign-in", account,
            (admitted ? "wrong password" : "throttled") + " from " + (address ?? "an unknown address")), cancellationToken).ConfigureAwait(false);

        return (null, Problem);
    }

    /// <summary>The throttle's key: the user name as typed (case-folded) and the address, so each pair waits on its own.</summary>
    private static string ThrottleKey(string userName, string? address) =>
        string.Create(CultureInfo.InvariantCulture, $"{userName.ToUpperInvariant()}\n{address ?? "unknown"}");
}
