namespace Vertebra.Storage.Copying;

/// <summary>One copied table: how many rows, and the fingerprint both databases agree on.</summary>
public sealed record TableCopy(string Table, long Rows, string Checksum);

/// <summary>What a whole-store copy did; every table was verified before the copy was committed.</summary>
public sealed record StoreCopyReport(IReadOnlyList<TableCopy> Tables, long ContentVersion)
{
    public long TotalRows => Tables.Sum(t => t.Rows);
}

/// <summary>Why a copy did not happen: a non-empty target without --force, or a check that failed (nothing was kept).</summary>
public sealed class StoreCopyException : Exception
{
    public StoreCopyException()
    {
    }

    public StoreCopyException(string message)
        : base(message)
    {
    }

    public StoreCopyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
