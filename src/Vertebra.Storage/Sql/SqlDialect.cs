namespace Vertebra.Storage.Sql;

/// <summary>
/// The few places where SQLite and PostgreSQL spell the same query differently. Everything else (placeholders
/// <c>@name</c>, upserts with <c>INSERT ... ON CONFLICT</c>, <c>RETURNING id</c> for identities) is written once.
/// PostgreSQL sorts and compares text like SQLite's NOCASE: ASCII case folded, then byte order.
/// </summary>
internal sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(
        text: c => c,
        titleOrder: c => $"{c} COLLATE NOCASE",
        equalsIgnoringCase: (a, b) => $"{a} = {b} COLLATE NOCASE",
        newestFirst: c => $"{c} DESC",
        inList: (c, p) => $"{c} IN {p}",
        containsIgnoringCase: "LIKE",
        insertionOrder: "rowid",
        bumpContentVersion: "UPDATE content_version SET version = version + 1 WHERE id = 1");

    public static readonly SqlDialect Postgres = new(
        text: c => $"{c} COLLATE \"C\"",
        titleOrder: c => $"lower({c} COLLATE \"C\"), {c} COLLATE \"C\"",
        equalsIgnoringCase: (a, b) => $"lower({a} COLLATE \"C\") = lower({b} COLLATE \"C\")",
        newestFirst: c => $"{c} COLLATE \"C\" DESC NULLS LAST",
        inList: (c, p) => $"{c} = ANY({p})",
        containsIgnoringCase: "ILIKE",
        insertionOrder: "seq",

        // NOTIFY is transactional: the other nodes hear of the change only if and when it commits.
        bumpContentVersion: "WITH v AS (UPDATE content_version SET version = version + 1 WHERE id = 1 RETURNING version) " +
                            $"SELECT pg_notify('{Vertebra.Storage.Postgres.PostgresContentStore.ContentChannel}', version::text) FROM v");

    private readonly Func<string, string> _text;
    private readonly Func<string, string> _titleOrder;
    private readonly Func<string, string, string> _equalsIgnoringCase;
    private readonly Func<string, string> _newestFirst;
    private readonly Func<string, string, string> _inList;

    private SqlDialect(Func<string, string> text, Func<string, string> titleOrder, Func<string, string, string> equalsIgnoringCase,
        Func<string, string> newestFirst, Func<string, string, string> inList, string containsIgnoringCase, string insertionOrder, string bumpContentVersion)
    {
        _text = text;
        _titleOrder = titleOrder;
        _equalsIgnoringCase = equalsIgnoringCase;
        _newestFirst = newestFirst;
        _inList = inList;
        ContainsIgnoringCase = containsIgnoringCase;
        InsertionOrder = insertionOrder;
        BumpContentVersion = bumpContentVersion;
    }

    /// <summary>The LIKE operator that ignores ASCII case.</summary>
    public string ContainsIgnoringCase { get; }

    /// <summary>The column that keeps the order rows were inserted in.</summary>
    public string InsertionOrder { get; }

    /// <summary>Moves the content version on (and, on PostgreSQL, tells the other nodes once the transaction commits).</summary>
    public string BumpContentVersion { get; }

    /// <summary>A text column sorted by bytes.</summary>
    public string Text(string column) => _text(column);

    /// <summary>A text column sorted ignoring ASCII case, ties in byte order.</summary>
    public string TitleOrder(string column) => _titleOrder(column);

    /// <summary>Two text values equal ignoring ASCII case.</summary>
    public string EqualsIgnoringCase(string left, string right) => _equalsIgnoringCase(left, right);

    /// <summary>A column equal to one of a list parameter's values (Dapper expands the list for SQLite; PostgreSQL takes an array).</summary>
    public string InList(string column, string parameter) => _inList(column, parameter);

    /// <summary>A date column, newest first, empty ones last.</summary>
    public string NewestFirst(string column) => _newestFirst(column);
}
