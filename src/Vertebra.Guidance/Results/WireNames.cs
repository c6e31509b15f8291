namespace Vertebra.Guidance;

/// <summary>The snake_case names the schemas use for result enums.</summary>
public static class WireNames
{
    private static readonly string[] Triage = ["routine", "soon", "urgent", "emergency"];
    private static readonly string[] Routes = ["self_care", "primary_care", "rehabilitation_department", "spine_surgery_clinic", "emergency_department"];
    private static readonly string[] Massage = ["not_applicable", "acceptable", "after_diagnosis_only", "contraindicated"];
    private static readonly string[] Severity = ["info", "warning", "critical"];

    public static string Of(TriageLevel value) => Triage[(int)value];

    public static string Of(Route value) => Routes[(int)value];

    public static string Of(MassageVerdict value) => Massage[(int)value];

    public static string Of(FlagSeverity value) => Severity[(int)value];

    public static bool TryParse(string text, out TriageLevel value) => TryFind(Triage, text, out value);

    public static bool TryParse(string text, out Route value) => TryFind(Routes, text, out value);

    public static bool TryParse(string text, out MassageVerdict value) => TryFind(Massage, text, out value);

    public static bool TryParse(string text, out FlagSeverity value) => TryFind(Severity, text, out value);

    internal static IReadOnlyList<string> TriageNames => Triage;

    internal static IReadOnlyList<string> RouteNames => Routes;

    internal static IReadOnlyList<string> MassageNames => Massage;

    private static bool TryFind<T>(string[] names, string text, out T value)
        where T : struct, Enum
    {
        var index = Array.IndexOf(names, text);
        value = index >= 0 ? (T)(object)index : default;
        return index >= 0;
    }
}
