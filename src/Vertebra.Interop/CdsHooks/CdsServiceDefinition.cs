namespace Vertebra.Interop.CdsHooks;

/// <summary>One service as discovery lists it.</summary>
public sealed record CdsServiceDefinition(
    string Id,
    string Hook,
    string Title,
    string Description,
    IReadOnlyList<KeyValuePair<string, string>> Prefetch);
