namespace Vertebra.Interop.Infobutton;

/// <summary>The feed before it is written as Atom or JSON.</summary>
internal sealed record InfobuttonFeed(
    string Title,
    string Subtitle,
    string Id,
    string BaseUrl,
    DateTimeOffset Updated,
    InfobuttonRequest Request,
    IReadOnlyList<InfobuttonEntry> Entries);
