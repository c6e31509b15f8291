namespace Vertebra.Storage;

/// <summary>
/// The fingerprint of everything a search index is built from: each article the public can see (published or due
/// for review) by slug, and each question–answer pair by id, with its content hash. Two listings with the same key and
/// hash describe the same text, so an index only needs to re-read what differs.
/// </summary>
/// <param name="Articles">Slug → content hash of every published or due-for-review article.</param>
/// <param name="QaPairs">Id → content hash of every question–answer pair.</param>
public sealed record SearchSourceHashes(IReadOnlyDictionary<string, string> Articles, IReadOnlyDictionary<string, string> QaPairs);
