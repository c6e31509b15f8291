namespace Vertebra.Indexing;

/// <summary>What bringing the search index up to date did.</summary>
/// <param name="Rebuilt">True when everything was re-indexed; false for an incremental update (or none).</param>
/// <param name="RebuildReason">Why it was rebuilt, in words fit for a log line; null when it was not.</param>
/// <param name="ContentVersion">The store's content version the index now reflects.</param>
/// <param name="Added">Sources (articles, pairs) new to the index.</param>
/// <param name="Changed">Sources whose text changed.</param>
/// <param name="Removed">Sources taken out (deleted, or no longer published).</param>
/// <param name="Documents">Documents written: all of them for a rebuild, those of the added and changed sources otherwise.</param>
/// <param name="Elapsed">How long it took, reading the store included.</param>
public sealed record SearchIndexUpdate(bool Rebuilt, string? RebuildReason, long ContentVersion, int Added, int Changed, int Removed, int Documents, TimeSpan Elapsed)
{
    /// <summary>True when the index was written, so pages cached from the old index are stale.</summary>
    public bool WroteIndex => Rebuilt || Added + Changed + Removed > 0;

    /// <summary>Meaning vectors computed for this update (0 when semantic matching is off or all were in the database).</summary>
    public int VectorsEncoded { get; init; }

    /// <summary>Meaning vectors loaded from the database for this update.</summary>
    public int VectorsLoaded { get; init; }
}
