namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>A screen size the journeys run at.</summary>
internal sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static Viewport Desktop { get; } = new("desktop", 1280, 800, IsMobile: false);

    public static Viewport Phone { get; } = new("phone", 390, 844, IsMobile: true);

    /// <summary>Theory data: every viewport by name (names keep test names readable).</summary>
    public static TheoryData<string> Names => new(Desktop.Name, Phone.Name);

    public static Viewport Named(string name) => name switch
    {
        "desktop" => Desktop,
        "phone" => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown viewport."),
    };

    public override string ToString() => $"{Name} {Width}x{Height}";
}
