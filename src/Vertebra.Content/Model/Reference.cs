namespace Vertebra.Content.Model;

/// <summary>A public source an article relies on, cited by name and URL.</summary>
public sealed record Reference(string Name, string Url);
