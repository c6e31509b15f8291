using Vertebra.Settings;

namespace Vertebra.Web.Hosting;

/// <summary>The deployment setting <c>emergency_number</c> (<see cref="VertebraOptions.EmergencyNumber"/>, default 999) as the pages use it.</summary>
public static class EmergencyNumberSetting
{
    public const string Default = VertebraOptions.DefaultEmergencyNumber;

    /// <summary>The number as a tel: link target (no spaces).</summary>
    public static string TelLink(string number) => "tel:" + number.Replace(" ", string.Empty, StringComparison.Ordinal);
}
