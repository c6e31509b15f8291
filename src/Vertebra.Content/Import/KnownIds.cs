namespace Vertebra.Content.Import;

/// <summary>Ids that already exist in the store, so an import may refer to them.</summary>
public sealed record KnownIds(IReadOnlySet<string> Topics, IReadOnlySet<string> Conditions, IReadOnlySet<string> Clinics)
{
    public static KnownIds None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
