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
            await connection.ExecuteAsync(new CommandDefinition("UPDATE editorial_state SET state = @state WHERE slug = @slug",
                new { slug, state = EditorialStates.Published }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (@at, @Actor, @Action, @Subject, @Detail)",
                new { at = audit.At.ToString("O", CultureInfo.InvariantCulture), audit.Actor, audit.Action, audit.Subject, audit.Detail },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        };
    }
}
