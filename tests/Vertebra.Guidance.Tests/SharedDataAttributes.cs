namespace Vertebra.Guidance.Tests;

/// <summary>A fact that is skipped, with a clear message, when ../shared/data is absent.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!TestPaths.SharedDataPresent)
        {
            Skip = $"Shared data not found at {TestPaths.DevVignettes}; the vignette measures need ../shared/data/vignettes/dev.jsonl.";
        }
    }
}

/// <summary>A theory that is skipped, with a clear message, when ../shared/data is absent.</summary>
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!TestPaths.SharedDataPresent)
        {
            Skip = $"Shared data not found at {TestPaths.DevVignettes}; the vignette tests need ../shared/data/vignettes/dev.jsonl.";
        }
    }
}

/// <summary>A fact that is skipped, with a clear message, when ../shared/spec is absent.</summary>
internal sealed class SharedSpecFactAttribute : FactAttribute
{
    public SharedSpecFactAttribute()
    {
        if (!TestPaths.SharedSpecPresent)
        {
            Skip = $"Shared specification not found at {TestPaths.SharedSpec}; this test compares the engine and the schema copy in src/Vertebra.Guidance/Schemas with ../shared/spec.";
        }
    }
}
