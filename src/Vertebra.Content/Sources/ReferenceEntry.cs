using Vertebra.Content.Model;

namespace Vertebra.Content.Sources;

/// <summary>
/// A reference as the content files write it out (an article's front matter, an entry of conditions.yaml): a name
/// and an address. Each reader checks the address by its own rule.
/// </summary>
internal sealed class ReferenceEntry
{
    public string? Name { get; set; }
    public string? Url { get; set; }

    public static ReferenceEntry From(Reference reference) => new() { Name = reference.Name, Url = reference.Url };
}
