using System.Data;
using System.Data.Common;

namespace Vertebra.Storage.Sql;

/// <summary>
/// Runs one parameterised statement (<c>@p0</c>, <c>@p1</c>, ..., <c>@hash</c>) for many rows inside a transaction. Where the
/// driver can batch statements (ADO.NET <see cref="DbBatch"/>: PostgreSQL) rows go to the server
/// <see cref="RowsPerBatch"/> at a time; otherwise (SQLite, in process) through one prepared command.
/// </summary>
internal sealed class RowWriter(DbConnection connection, DbTransaction transaction, string sql) : IAsyncDisposable
{
    public const int RowsPerBatch = 200;

    private DbBatch? _batch;
    private DbCommand? _command;

    public async Task WriteAsync(object?[] values, string hash, CancellationToken cancellationToken)
    {
        if (connection.CanCreateBatch)
        {
            _batch ??= CreateBatch();
            var command = _batch.CreateBatchCommand();
            command.CommandText = sql;
            for (var p = 0; p < values.Length; p++)
            {
                command.Parameters.Add(Parameter(command.CreateParameter(), $"p{p}", values[p]));
            }

            command.Parameters.Add(Parameter(command.CreateParameter(), "hash", hash));
            _batch.BatchCommands.Add(command);
            if (_batch.BatchCommands.Count >= RowsPerBatch)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (_command is null)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = sql;
            for (var p = 0; p < values.Length; p++)
            {
                _command.Parameters.Add(Named(_command.CreateParameter(), $"p{p}"));
            }

            _command.Parameters.Add(Named(_command.CreateParameter(), "hash"));
            await _command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var p = 0; p < values.Length; p++)
        {
            _command.Parameters[p].Value = values[p] ?? DBNull.Value;
        }

        _command.Parameters[values.Length].Value = hash;
        await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the rows still waiting in a batch.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch is { BatchCommands.Count: > 0 })
        {
            await _batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _batch.BatchCommands.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_batch is not null)
        {
            await _batch.DisposeAsync().ConfigureAwait(false);
        }

        if (_command is not null)
        {
            await _command.DisposeAsync().ConfigureAwait(false);
        }
    }

    private DbBatch CreateBatch()
    {
        var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        return batch;
    }

    private static DbParameter Named(DbParameter parameter, string name)
    {
        parameter.ParameterName = name;
        return parameter;
    }

    /// <summary>A null is sent as a null text value, which both databases accept for any of our nullable columns.</summary>
    private static DbParameter Parameter(DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        if (value is null)
        {
            parameter.DbType = DbType.String;
            parameter.Value = DBNull.Value;
        }
        else
        {
            parameter.Value = value;
        }

        return parameter;
    }
}
