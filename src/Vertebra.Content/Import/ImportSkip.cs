namespace Vertebra.Content.Import;

/// <summary>Something an import left out on purpose, and why.</summary>
public sealed record ImportSkip(string Where, string Reason);
