namespace Vertebra.Storage.Changes;

/// <summary>Tells the content-version watcher to look now, rather than at its next poll (content was just changed here).</summary>
public interface IContentChangeSignal
{
    /// <summary>Asks for a check now. The task completes when that check, and every subscriber it called, is done.</summary>
    Task RequestCheckAsync();
}
