namespace Vertebra.Claims.Tests;

/// <summary>A fact that is skipped, with a clear message, when ../shared/data/claims/dev.jsonl is absent.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        string devSet;
        try
        {
            devSet = RepoPaths.DevSet;
        }
        catch (InvalidOperationException ex)
        {
            Skip = $"Shared claim data not found: {ex.Message}";
            return;
        }

        if (!File.Exists(devSet))
        {
            Skip = $"Shared claim data not found at {devSet}; the dev-set evaluation needs the shared folder (../shared/data/claims/dev.jsonl) beside the repository.";
        }
    }
}
