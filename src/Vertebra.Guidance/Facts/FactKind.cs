namespace Vertebra.Guidance;

/// <summary>The JSON type of a case fact.</summary>
public enum FactKind
{
    Integer,
    Boolean,
    Choice,
}
