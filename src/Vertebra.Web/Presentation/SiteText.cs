using System.Globalization;

namespace Vertebra.Web.Presentation;

/// <summary>Words and formats the pages share.</summary>
internal static class SiteText
{
    public const string SiteName = "Vertebra";
    public const string Department = "Spine Department";

    /// <summary>The one disclaimer, shown once on every page, in the footer.</summary>
    public const string NotADiagnosis = "General information, not a diagnosis.";

    /// <summary>What follows the disclaimer in the footer.</summary>
    public const string SeeADoctor = "It does not replace a doctor who knows you.";

    public const string NotYetReviewed = "Not yet clinically reviewed";

    public static string Date(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "not set";
}
