using Dapper;

namespace Vertebra.Storage.Sql;

// Meaning vectors, by text key (see IMeaningVectorStore), written once for both databases (schema step 7).
public abstract partial class DapperContentStore : IMeaningVectorStore
{
    public Task<IReadOnlyDictionary<string, byte[]>> GetMeaningVectorsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, byte[]>>(new Dictionary<string, byte[]>(StringComparer.Ordinal));
        }

        return WithConnectionAsync<IReadOnlyDictionary<string, byte[]>>(async connection =>
        {
            var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
            {
                var rows = await connection.QueryAsync<(string Key, byte[] Vector)>(new CommandDefinition(
                    $"SELECT key, vector FROM meaning_vectors WHERE {Dialect.InList("key", "@chunk")}", new { chunk }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                foreach (var (key, vector) in rows)
                {
                    found[key] = vector;
                }
            }

            return found;
        }, cancellationToken);
    }

    public Task PutMeaningVectorsAsync(IReadOnlyDictionary<string, byte[]> vectors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
        {
            return Task.CompletedTask;
        }

        // A key already stored keeps its vector: another node may have computed the same text's vector a moment earlier.
        return WithConnectionAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO meaning_vectors (key, vector) VALUES (@Key, @Value) ON CONFLICT (key) DO NOTHING",
                vectors.Select(v => new { v.Key, v.Value }).ToList(), transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<(long Count, long Bytes)> CountMeaningVectorsAsync(CancellationToken cancellationToken = default) => WithConnectionAsync(connection =>
        connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT CAST(COUNT(*) AS BIGINT), CAST(COALESCE(SUM(LENGTH(vector)), 0) AS BIGINT) FROM meaning_vectors", cancellationToken: cancellationToken)),
        cancellationToken);
}
