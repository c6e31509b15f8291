using Vertebra.Guidance;

namespace Vertebra.Web.Localisation;

/// <summary>The guidance rules with their texts in the language of the page being built.</summary>
internal static class GuidanceEdition
{
    public static GuidanceEngine For(GuidanceEngine engine) =>
        SiteLanguage.IsChinese && engine.Speaks(GuidanceLanguages.Chinese) ? engine.In(GuidanceLanguages.Chinese) : engine;
}
