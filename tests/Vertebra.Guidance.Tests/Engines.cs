namespace Vertebra.Guidance.Tests;

/// <summary>The shipped rule set, loaded once for all tests (the engine is immutable and thread-safe).</summary>
internal static class Engines
{
    private static readonly Lazy<GuidanceEngine> Shipped = new(() => GuidanceEngine.Load(TestPaths.RulesDirectory));

    public static GuidanceEngine Default => Shipped.Value;
}
