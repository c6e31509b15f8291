using System.Globalization;
using Npgsql;

namespace Vertebra.Storage.Postgres;

/// <summary>
/// Hears content changes made by any node: LISTENs on <see cref="PostgresContentStore.ContentChannel"/> over one
/// dedicated connection. After every (re)connect it reports a change with no version, meaning "resync everything",
/// because notifications sent while it was away are lost.
/// </summary>
public sealed class PostgresContentListener(string connectionString)
{
    /// <summary>How long the connection may be silent before it is checked with a query.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(10);

    /// <summary>Listens until cancelled. <paramref name="onChange"/> gets the new version, or null after a (re)connect.</summary>
    public async Task RunAsync(Func<long?, CancellationToken, Task> onChange, Action<Exception> onError, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        ArgumentNullException.ThrowIfNull(onError);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 5 };
        if (builder.Timeout == 15)
        {
            builder.Timeout = 5;
        }

        var retry = TimeSpan.FromMilliseconds(250);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(builder.ConnectionString, onChange, () => retry = TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
            {
                onError(ex);
                await Task.Delay(retry, cancellationToken).ConfigureAwait(false);
                retry = TimeSpan.FromMilliseconds(Math.Min(retry.TotalMilliseconds * 2, 5000));
            }
        }
    }

    private static async Task ListenAsync(string connectionString, Func<long?, CancellationToken, Task> onChange, Action connected, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var heard = new List<long?>();
        connection.Notification += (_, e) =>
            heard.Add(long.TryParse(e.Payload, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresContentStore.ContentChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Connected (again): anything may have changed while no one was listening.
        connected();
        await onChange(null, cancellationToken).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(HeartbeatInterval, cancellationToken).ConfigureAwait(false))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }

            if (heard.Count > 0)
            {
                var latest = heard.Max();
                heard.Clear();
                await onChange(latest, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
