using System.Data.Common;

namespace Vertebra.Storage;

/// <summary>Reads key → content hash rows for <see cref="IContentStore.ListSearchSourceHashesAsync"/>, the same on every provider.</summary>
internal static class SourceHashes
{
    /// <summary>Straight off the data reader: this runs on every content change, over every pair, so it skips the mapper.</summary>
    public static async Task<Dictionary<string, string>> ReadAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }
}
