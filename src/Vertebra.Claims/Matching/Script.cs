namespace Vertebra.Claims.Matching;

/// <summary>Which script a sentence is written in, so each sentence is checked with the rules of its language.</summary>
internal static class Script
{
    /// <summary>True when the text holds a Han (Chinese) character: CJK Unified Ideographs, Extension A, or compatibility ideographs.</summary>
    public static bool HasHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');
}
