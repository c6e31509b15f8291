using Dapper;

namespace Vertebra.Storage.Sqlite;

// Meaning vectors, by text key (see IMeaningVectorStore).
public sealed partial class SqliteContentStore : IMeaningVectorStore
{
    public async Task<IReadOnlyDictionary<string, byte[]>> GetMeaningVectorsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            var rows = await connection.QueryAsync<(string Key, byte[] Vector)>(new CommandDefinition(
                "SELECT key, vector FROM meaning_vectors WHERE key IN @keys", new { keys = chunk }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var (key, vector) in rows)
            {
                found[key] = vector;
            }
        }

        return found;
    }

    public async Task PutMeaningVectorsAsync(IReadOnlyDictionary<string, byte[]> vectors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transaction;
            insert.CommandText = "INSERT INTO meaning_vectors (key, vector) VALUES ($key, $vector) ON CONFLICT (key) DO NOTHING";
            var key = insert.Parameters.Add("$key", Microsoft.Data.Sqlite.SqliteType.Text);
            var vector = insert.Parameters.Add("$vector", Microsoft.Data.Sqlite.SqliteType.Blob);
            foreach (var (k, v) in vectors)
            {
                key.Value = k;
                vector.Value = v;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<(long Count, long Bytes)> CountMeaningVectorsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT COUNT(*), COALESCE(SUM(LENGTH(vector)), 0) FROM meaning_vectors", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
