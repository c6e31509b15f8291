using System.Data.Common;
using System.Globalization;
using Dapper;
using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Storage.Editorial;

/// <summary>
/// What publishing writes besides the article: the workflow state and the audit entry. Both providers run it inside the
/// article's own transaction, so a publication is recorded exactly when it happens.
/// </summary>
internal static class EditorialPublication
{
    public static ContentBatch BatchOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var batch = new ContentBatch();
        batch.Articles.Add(article);
        return batch;
    }

    public static Func<DbConnection, DbTransaction, CancellationToken, Task> StateAndAudit(string slug, AuditEntry audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return async (connection, transaction, cancellationToken) =>
        {
            // The check is repeated inside the transaction: a revision saved after the service's check must not be
            // overtaken by a publication of the older text under a state that says "published".
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE editorial_state SET state = @state WHERE slug = @slug AND signed_off_revision = latest_revision",
                new { slug, state = EditorialStates.Published }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (updated != 1)
            {
                throw new EditorialConflictException("The article changed after it was signed off. A reviewer must sign off the new text.");
            }

            await AppendAuditAsync(connection, transaction, audit, cancellationToken).ConfigureAwait(false);
        };
    }

    /// <summary>Signs off a revision and appends its audit entry in the caller's transaction; false when the revision is no longer the latest.</summary>
    public static async Task<bool> SignOffAsync(DbConnection connection, DbTransaction transaction, string slug, long revision, string reviewer, DateOnly on, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE editorial_state SET signed_off_revision = @revision, signed_off_by = @reviewer, signed_off_on = @on, state = @state " +
            "WHERE slug = @slug AND latest_revision = @revision",
            new { slug, revision, reviewer, on = Dates.Format(on), state = EditorialStates.InReview }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (updated != 1)
        {
            return false;
        }

        await AppendAuditAsync(connection, transaction, audit, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public static Task AppendAuditAsync(DbConnection connection, DbTransaction? transaction, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(audit);
        return connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (@at, @Actor, @Action, @Subject, @Detail)",
            new { at = audit.At.ToString("O", CultureInfo.InvariantCulture), audit.Actor, audit.Action, audit.Subject, audit.Detail },
            transaction, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The throttle step inside the caller's (write-locked) transaction: blocked keys are refused unchanged; otherwise the
    /// attempt is counted and the key blocked for the delay the count earns.
    /// </summary>
    public static async Task<bool> ReserveAsync(DbConnection connection, DbTransaction transaction, string key, DateTimeOffset now, Func<int, TimeSpan?> delayAfter, string lockClause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(delayAfter);
        var nowMs = now.ToUnixTimeMilliseconds();

        // Forget keys idle for a day and not blocked, so guessed names do not pile up.
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM sign_in_throttle WHERE last_at < @idle AND (blocked_until IS NULL OR blocked_until < @nowMs) AND key <> @key",
            new { idle = nowMs - (long)TimeSpan.FromDays(1).TotalMilliseconds, nowMs, key }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<(long Failures, long? BlockedUntil)>(new CommandDefinition(
            "SELECT failures, blocked_until FROM sign_in_throttle WHERE key = @key" + lockClause, new { key }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var exists = row != default;
        if (exists && row.BlockedUntil is { } until && until > nowMs)
        {
            await connection.ExecuteAsync(new CommandDefinition("UPDATE sign_in_throttle SET last_at = @nowMs WHERE key = @key",
                new { key, nowMs }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return false;
        }

        var failures = (int)Math.Min(int.MaxValue - 1, exists ? row.Failures : 0) + 1;
        long? blockedUntil = delayAfter(failures) is { } delay ? nowMs + (long)delay.TotalMilliseconds : null;
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO sign_in_throttle (key, failures, blocked_until, last_at) VALUES (@key, @failures, @blockedUntil, @nowMs) " +
            "ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, blocked_until = excluded.blocked_until, last_at = excluded.last_at",
            new { key, failures, blockedUntil, nowMs }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return true;
    }
}
