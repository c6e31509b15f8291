namespace Vertebra.Content.Import;

/// <summary>How far a long read has come; <see cref="Total"/> is null when it is not known in advance.</summary>
public readonly record struct ImportProgress(long Done, long? Total, string Stage);
