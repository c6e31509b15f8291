namespace Vertebra.Bench.LiveQa;

/// <summary>The committed split of the dev questions: "tune" (settings chosen on it) and "check" (never tuned on).</summary>
internal sealed record Split(IReadOnlyList<string> Tune, IReadOnlyList<string> Check)
{
    public static Split Read(string path)
    {
        var tune = new List<string>();
        var check = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && !line.StartsWith('#'))
            {
                (parts[0] == "tune" ? tune : check).Add(parts[1]);
            }
        }

        return new Split(tune, check);
    }
}
