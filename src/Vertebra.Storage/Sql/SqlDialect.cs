namespace Vertebra.Storage.Sql;

/// <summary>
/// The few places where SQLite and PostgreSQL spell the same query differently. Everything else (placeholders
/// <c>@name</c>, upserts with <c>INSERT ... ON CONFLICT</c>, <c>RETURNING id</c> for identities) is written once.
/// PostgreSQL sorts and compares text like SQLite's NOCASE: ASCII case folded, then byte order.
/// </summary>
internal sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new()
    {
        Text = c => c,
        TitleOrder = c => $"{c} COLLATE NOCASE",
        EqualsIgnoringCase = (a, b) => $"{a} = {b} COLLATE NOCASE",
        NewestFirst = c => $"{c} DESC",
        InList = (c, p) => $"{c} IN {p}",
        ContainsIgnoringCase = "LIKE",
        InsertionOrder = "rowid",
        UtcNowText = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        BumpContentVersion = "UPDATE content_version SET version = version + 1 WHERE id = 1",

        // SQLite has no row locks: a serializable transaction takes the write lock at its start, so writers queue.
        ForUpdate = "",
        RowLockIsolation = System.Data.IsolationLevel.Serializable,
    };

    public static readonly SqlDialect Postgres = new()
    {
        Text = c => $"{c} COLLATE \"C\"",
        TitleOrder = c => $"lower({c} COLLATE \"C\"), {c} COLLATE \"C\"",
        EqualsIgnoringCase = (a, b) => $"lower({a} COLLATE \"C\") = lower({b} COLLATE \"C\")",
        NewestFirst = c => $"{c} COLLATE \"C\" DESC NULLS LAST",
        InList = (c, p) => $"{c} = ANY({p})",
        ContainsIgnoringCase = "ILIKE",
        InsertionOrder = "seq",
        UtcNowText = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",

        // NOTIFY is transactional: the other nodes hear of the change only if and when it commits.
        BumpContentVersion = "WITH v AS (UPDATE content_version SET version = version + 1 WHERE id = 1 RETURNING version) " +
                             $"SELECT pg_notify('{Vertebra.Storage.Postgres.PostgresContentStore.ContentChannel}', version::text) FROM v",

        // Row locks under the default isolation: a second transaction waits for the row instead of failing to serialise.
        ForUpdate = " FOR UPDATE",
        RowLockIsolation = System.Data.IsolationLevel.ReadCommitted,
    };

    private SqlDialect()
    {
    }

    /// <summary>What follows a SELECT to lock the rows it reads until the transaction ends (empty on SQLite, which locks the whole database).</summary>
    public required string ForUpdate { get; init; }

    /// <summary>The isolation of a read-then-write transaction that must not interleave with another one on the same row.</summary>
    public required System.Data.IsolationLevel RowLockIsolation { get; init; }

    /// <summary>The LIKE operator that ignores ASCII case.</summary>
    public required string ContainsIgnoringCase { get; init; }

    /// <summary>The column that keeps the order rows were inserted in.</summary>
    public required string InsertionOrder { get; init; }

    /// <summary>The database's current time in UTC as ISO 8601 text to the second (<c>2026-01-31T09:30:00Z</c>).</summary>
    public required string UtcNowText { get; init; }

    /// <summary>Moves the content version on (and, on PostgreSQL, tells the other nodes once the transaction commits).</summary>
    public required string BumpContentVersion { get; init; }

    /// <summary>A text column (the argument) sorted by bytes.</summary>
    public required Func<string, string> Text { get; init; }

    /// <summary>A text column (the argument) sorted ignoring ASCII case, ties in byte order.</summary>
    public required Func<string, string> TitleOrder { get; init; }

    /// <summary>Two text values (left, right) equal ignoring ASCII case.</summary>
    public required Func<string, string, string> EqualsIgnoringCase { get; init; }

    /// <summary>
    /// A column equal to one of a list parameter's values (column, parameter): Dapper expands the list for SQLite;
    /// PostgreSQL takes an array.
    /// </summary>
    public required Func<string, string, string> InList { get; init; }

    /// <summary>A date column (the argument), newest first, empty ones last.</summary>
    public required Func<string, string> NewestFirst { get; init; }
}
