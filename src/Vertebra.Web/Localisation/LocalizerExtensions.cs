using Microsoft.Extensions.Localization;

namespace Vertebra.Web.Localisation;

/// <summary>Looks up a lower-case piece of a sentence whose key would clash with a heading (resource names ignore case).</summary>
public static class LocalizerExtensions
{
    /// <summary>The text of <c>"in a sentence: " + english</c> in the current language, or <paramref name="english"/> itself.</summary>
    public static string InSentence(this IStringLocalizer localizer, string english)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var found = localizer["in a sentence: " + english];
        return found.ResourceNotFound ? english : found.Value;
    }
}
