namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>A browser test: skips with a clear message when Debian's Chromium is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!BrowserEnvironment.ChromiumAvailable)
        {
            Skip = BrowserEnvironment.ChromiumMissing;
        }
    }
}

/// <summary>A browser theory: skips with a clear message when Debian's Chromium is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!BrowserEnvironment.ChromiumAvailable)
        {
            Skip = BrowserEnvironment.ChromiumMissing;
        }
    }
}

/// <summary>An accessibility theory: needs Chromium and the axe-core package installed by npm in tests/Vertebra.Browser.Tests/axe.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class AxeTheoryAttribute : TheoryAttribute
{
    public AxeTheoryAttribute()
    {
        if (!BrowserEnvironment.ChromiumAvailable)
        {
            Skip = BrowserEnvironment.ChromiumMissing;
        }
        else if (!BrowserEnvironment.AxeAvailable)
        {
            Skip = BrowserEnvironment.AxeMissing;
        }
    }
}
