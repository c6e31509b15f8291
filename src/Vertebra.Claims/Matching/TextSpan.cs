namespace Vertebra.Claims.Matching;

/// <summary>A range of characters in the checked text.</summary>
internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
