namespace Vertebra.Content.Model;

/// <summary>A heading of the condition catalogue (degenerative, tumour, deformity, congenital, trauma).</summary>
public sealed record ConditionGroup(string Id, string Name, string Description);
