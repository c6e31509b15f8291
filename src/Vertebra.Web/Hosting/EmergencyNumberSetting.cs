namespace Vertebra.Web.Hosting;

/// <summary>The deployment setting <c>emergency_number</c> (environment <c>VERTEBRA_EMERGENCY_NUMBER</c>, default 999).</summary>
public static class EmergencyNumberSetting
{
    public const string Variable = "VERTEBRA_EMERGENCY_NUMBER";

    public const string Default = "999";

    /// <summary>The number from <paramref name="value"/>, else the environment, else 999.</summary>
    /// <exception cref="ArgumentException">The number is not 2 to 15 digits (a leading + and spaces are allowed).</exception>
    public static string Resolve(string? value = null)
    {
        var number = (value ?? Environment.GetEnvironmentVariable(Variable))?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            return Default;
        }

        var digits = number.TrimStart('+').Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length is < 2 or > 15 || !digits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"{Variable} must be a telephone number of 2 to 15 digits, such as 999, 112 or 911, not '{number}'.");
        }

        return number;
    }

    /// <summary>The number as a tel: link target (no spaces).</summary>
    public static string TelLink(string number) => "tel:" + number.Replace(" ", string.Empty, StringComparison.Ordinal);
}
