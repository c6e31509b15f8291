namespace Vertebra.Guidance;

/// <summary>The languages the guidance texts are written in besides English (each item's <c>zh:</c> block).</summary>
public static class GuidanceLanguages
{
    /// <summary>Simplified Chinese.</summary>
    public const string Chinese = "zh";

    /// <summary>English, the language of the rules' own texts.</summary>
    public const string English = "en";
}
