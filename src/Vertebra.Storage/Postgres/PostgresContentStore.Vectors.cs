using Dapper;
using NpgsqlTypes;

namespace Vertebra.Storage.Postgres;

// Meaning vectors, by text key (see IMeaningVectorStore).
public sealed partial class PostgresContentStore : IMeaningVectorStore
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
        var rows = await connection.QueryAsync<(string Key, byte[] Vector)>(new CommandDefinition(
            "SELECT key, vector FROM meaning_vectors WHERE key = ANY(@keys)", new { keys = keys.Distinct(StringComparer.Ordinal).ToArray() },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var (key, vector) in rows)
        {
            found[key] = vector;
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

        // Binary COPY into a temporary table, then one insert that skips keys already stored (another node may have
        // computed the same text's vector a moment earlier).
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TEMPORARY TABLE incoming_vectors (key TEXT NOT NULL, vector BYTEA NOT NULL) ON COMMIT DROP", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await using (var copy = await connection.BeginBinaryImportAsync("COPY incoming_vectors (key, vector) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var (key, vector) in vectors)
            {
                await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(key, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(vector, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO meaning_vectors (key, vector) SELECT DISTINCT ON (key) key, vector FROM incoming_vectors ON CONFLICT (key) DO NOTHING",
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<(long Count, long Bytes)> CountMeaningVectorsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT COUNT(*), COALESCE(SUM(LENGTH(vector)), 0)::BIGINT FROM meaning_vectors", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
