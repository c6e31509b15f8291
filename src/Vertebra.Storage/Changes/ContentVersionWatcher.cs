using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vertebra.Storage.Postgres;

namespace Vertebra.Storage.Changes;

/// <summary>
/// The one "content changed" signal. It reads the store's content version every <see cref="PollInterval"/> (at once when
/// asked, or on a PostgreSQL notification from another node) and, when the version moved, calls every subscriber in the
/// order they were registered. Because it follows the version in the database, a change made by another process (an
/// import from the command line) or another node is seen as surely as one made here. A subscriber that fails is logged
/// and called again at the next check; the others are not held back by it.
/// </summary>
public sealed partial class ContentVersionWatcher : BackgroundService, IContentChangeSignal
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    private readonly IContentStore _store;
    private readonly IReadOnlyList<IContentChangeSubscriber> _subscribers;
    private readonly TimeProvider _time;
    private readonly ILogger<ContentVersionWatcher> _logger;
    private readonly string? _postgres;
    private readonly long?[] _delivered;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _nextPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="store">The store whose content version is watched.</param>
    /// <param name="subscribers">Called in this order when the version moves.</param>
    /// <param name="time">The clock for the poll.</param>
    /// <param name="logger">Where failures go (never content).</param>
    /// <param name="location">On PostgreSQL, the node also listens for other nodes' changes (LISTEN/NOTIFY).</param>
    public ContentVersionWatcher(IContentStore store, IEnumerable<IContentChangeSubscriber> subscribers, TimeProvider time, ILogger<ContentVersionWatcher> logger,
        StoreLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(subscribers);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _subscribers = subscribers.ToArray();
        _time = time;
        _logger = logger;
        _postgres = location is { IsPostgres: true } ? location.Target : null;
        _delivered = new long?[_subscribers.Count];
    }

    /// <summary>The content version every subscriber has taken in; null until the first check succeeded for all of them.</summary>
    public long? Version { get; private set; }

    /// <inheritdoc />
    public Task RequestCheckAsync()
    {
        var done = Volatile.Read(ref _nextPass).Task;
        Volatile.Read(ref _wake).TrySetResult();
        return done;
    }

    /// <summary>Checks the version once and calls the subscribers that have not yet seen it (for one-shot use and tests).</summary>
    public async Task CheckOnceAsync(CancellationToken cancellationToken)
    {
        var version = await _store.GetContentVersionAsync(cancellationToken).ConfigureAwait(false);
        var allDone = true;
        for (var i = 0; i < _subscribers.Count; i++)
        {
            if (_delivered[i] == version)
            {
                continue;
            }

            try
            {
                await _subscribers[i].OnContentChangedAsync(version, cancellationToken).ConfigureAwait(false);
                _delivered[i] = version;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                allDone = false;
                LogSubscriberFailed(_logger, _subscribers[i].GetType().Name, ex);
            }
        }

        if (allDone)
        {
            Version = version;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = _postgres is null ? Task.CompletedTask : ListenAsync(_postgres, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var pass = Interlocked.Exchange(ref _nextPass, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _ = Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            try
            {
                await CheckOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCheckFailed(_logger, ex);
            }
            finally
            {
                pass.TrySetResult();
            }

            using var delay = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            try
            {
                await Task.WhenAny(Task.Delay(PollInterval, _time, delay.Token), Volatile.Read(ref _wake).Task).ConfigureAwait(false);
            }
            finally
            {
                await delay.CancelAsync().ConfigureAwait(false);
            }
        }

        Volatile.Read(ref _nextPass).TrySetResult();
        await listening.ConfigureAwait(false);
    }

    /// <summary>On PostgreSQL: another node's change (or a reconnect, after which anything may have changed) wakes the watcher at once.</summary>
    private Task ListenAsync(string connectionString, CancellationToken stoppingToken) =>
        new PostgresContentListener(connectionString).RunAsync((version, _) =>
        {
            LogHeard(_logger, version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "resync");
            return RequestCheckAsync();
        }, ex => LogLost(_logger, ex), stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Subscriber} could not follow a content change; will retry")]
    private static partial void LogSubscriberFailed(ILogger logger, string subscriber, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The content version could not be read; will retry")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changed on another node ({Version}); checking now")]
    private static partial void LogHeard(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the PostgreSQL change feed; reconnecting")]
    private static partial void LogLost(ILogger logger, Exception exception);
}
