namespace Vertebra.Storage.Changes;

/// <summary>
/// Something that must follow the store's published content: a page cache, the search index, a catalogue snapshot.
/// <see cref="ContentVersionWatcher"/> calls it once for every content version it sees move.
/// </summary>
public interface IContentChangeSubscriber
{
    /// <summary>
    /// The store's content version moved to <paramref name="version"/> (or this is the first look after start). Throwing
    /// means "not done": the watcher logs it and calls again at its next check.
    /// </summary>
    Task OnContentChangedAsync(long version, CancellationToken cancellationToken);
}
