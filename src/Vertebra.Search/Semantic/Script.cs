namespace Vertebra.Search.Semantic;

/// <summary>What writing system a text uses, as far as the encoder cares.</summary>
internal static class Script
{
    /// <summary>True when the text has a Chinese character (CJK unified ideographs, extension A included).</summary>
    public static bool HasHan(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF'))
            {
                return true;
            }
        }

        return false;
    }
}
