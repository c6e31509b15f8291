namespace Vertebra.Content.Import;

/// <summary>What an applied batch changed.</summary>
public sealed record ImportSummary(int Added, int Updated, int Unchanged, IReadOnlyList<ImportSkip> Skipped)
{
    public int Total => Added + Updated + Unchanged;
}
