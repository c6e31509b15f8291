namespace Vertebra.Search.Understanding;

/// <summary>Edit distance with adjacent swaps (optimal string alignment).</summary>
internal static class EditDistance
{
    private const int MaxStackLength = 256;

    /// <summary>The optimal-string-alignment distance between two words.</summary>
    public static int Osa(string a, string b) => Osa(a, b, int.MaxValue);

    /// <summary>
    /// The distance between two words, or any number above <paramref name="limit"/> as soon as it is sure to
    /// exceed it (a spelling search only cares about one or two edits, so most comparisons stop early).
    /// </summary>
    public static int Osa(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit == int.MaxValue ? limit : limit + 1;
        }

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= MaxStackLength ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, previous2[j - 2] + 1);
                }

                current[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            // Rotate the three rows without copying.
            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return previous[b.Length];
    }
}
