using Vertebra.Content.Import;

namespace Vertebra.Storage;

/// <summary>Counts what an applied batch did, and reports progress as it goes.</summary>
internal sealed class Tally(int total, IProgress<ImportProgress>? progress)
{
    private int _done;

    public int Added { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }

    public void Count(bool added = false, bool unchanged = false)
    {
        if (unchanged)
        {
            Unchanged++;
        }
        else if (added)
        {
            Added++;
        }
        else
        {
            Updated++;
        }

        _done++;
        if ((_done & 511) == 0)
        {
            progress?.Report(new ImportProgress(_done, total, "saving"));
        }
    }

    public void Finish() => progress?.Report(new ImportProgress(total, total, "saving"));
}
