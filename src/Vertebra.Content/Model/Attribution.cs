namespace Vertebra.Content.Model;

/// <summary>Who wrote third-party text, where it lives and under which licence we show it.</summary>
public sealed record Attribution(string Source, string? Url, string Licence);
