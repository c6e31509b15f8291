namespace Vertebra.Content.Import;

/// <summary>Ids that already exist in the store, so an import may refer to them.</summary>
public sealed record KnownIds(IReadOnlySet<string> Topics, IReadOnlySet<string> Conditions, IReadOnlySet<string> Clinics)
{
    public static KnownIds None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    /// <summary>The store's articles, slug to language, so an imported article may name one as its counterpart.</summary>
    public IReadOnlyDictionary<string, string> ArticleLanguages { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
