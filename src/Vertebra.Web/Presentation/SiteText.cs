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

    /// <summary>Shown beside clinic details while they are the bundled examples (clinics.yaml example_data).</summary>
    public const string ExampleContactData =
        "These contact details are examples. The hospital will replace them with its real address, phone numbers and hours.";

    /// <summary>The clinics page's emergency notice; {0} is the deployment's emergency number.</summary>
    public const string ClinicEmergency =
        "A clinic is not for emergencies. For new numbness around your bottom or genitals, new trouble passing urine, " +
        "loss of bladder or bowel control, or weakness that is getting worse quickly, go to an emergency department now or call {0}.";

    public static string Date(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "not set";
}
