using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace Vertebra.Web.Localisation;

/// <summary>The request-localisation set-up: English and Simplified Chinese, chosen by <see cref="LanguageCultureProvider"/> alone.</summary>
internal static class LanguageOptions
{
    public static RequestLocalizationOptions Create()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(SiteLanguage.English),
            SupportedCultures = [SiteLanguage.English, SiteLanguage.Chinese],
            SupportedUICultures = [SiteLanguage.English, SiteLanguage.Chinese],
            ApplyCurrentCultureToResponseHeaders = false,
        };
        options.RequestCultureProviders.Clear();
        options.RequestCultureProviders.Add(new LanguageCultureProvider());
        return options;
    }
}
