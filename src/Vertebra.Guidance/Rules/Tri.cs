namespace Vertebra.Guidance;

/// <summary>Three-valued (Kleene) truth: a condition over unknown facts may be neither true nor false.</summary>
internal enum Tri : byte
{
    False = 0,
    Unknown = 1,
    True = 2,
}

/// <summary>A condition compiled to a delegate over the fact codes (index = fact index, see <see cref="FactCatalog.ReadAll"/>).</summary>
internal delegate Tri CompiledCondition(ReadOnlySpan<int> codes);
