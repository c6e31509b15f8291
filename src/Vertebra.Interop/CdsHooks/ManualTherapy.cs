using Hl7.Fhir.Model;

namespace Vertebra.Interop.CdsHooks;

/// <summary>The manual treatments the order services look for.</summary>
internal enum ManualTherapyKind
{
    Massage,
    Manipulation,
    Traction,
}

/// <summary>Recognises a ServiceRequest for massage, spinal manipulation or traction from its code and text.</summary>
internal static class ManualTherapy
{
    /// <summary>
    /// SNOMED CT procedure concepts recognised by code. Empty on purpose until the department's terminologist confirms
    /// the concept ids; SNOMED codings are recognised by their display term meanwhile, as are local codes and free text.
    /// </summary>
    internal static readonly Dictionary<string, ManualTherapyKind> SnomedProcedures = new(StringComparer.Ordinal);

    private static readonly (string Word, ManualTherapyKind Kind)[] Words =
    [
        ("traction", ManualTherapyKind.Traction),
        ("massage", ManualTherapyKind.Massage),
        ("soft tissue", ManualTherapyKind.Massage),
        ("manipulat", ManualTherapyKind.Manipulation),
        ("chiropract", ManualTherapyKind.Manipulation),
        ("osteopath", ManualTherapyKind.Manipulation),
        ("mobilisation", ManualTherapyKind.Manipulation),
        ("mobilization", ManualTherapyKind.Manipulation),
        ("bone setting", ManualTherapyKind.Manipulation),
        ("bone-setting", ManualTherapyKind.Manipulation),
        ("tuina", ManualTherapyKind.Massage),
    ];

    public static ManualTherapyKind? Recognise(ServiceRequest request)
    {
        foreach (var coding in request.Code?.Coding ?? [])
        {
            if (CodeSystems.IsSnomed(coding.System) && coding.Code is { } code && SnomedProcedures.TryGetValue(code, out var known))
            {
                return known;
            }
        }

        var texts = new List<string?> { request.Code?.Text };
        texts.AddRange((request.Code?.Coding ?? []).Select(c => c.Display));
        foreach (var text in texts.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            foreach (var (word, kind) in Words)
            {
                if (text!.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }
            }
        }

        return null;
    }

    public static string Name(ManualTherapyKind kind) => kind switch
    {
        ManualTherapyKind.Massage => "massage",
        ManualTherapyKind.Manipulation => "spinal manipulation",
        _ => "traction",
    };

    public static string Describe(ServiceRequest request) =>
        request.Code?.Text ?? request.Code?.Coding.Select(c => c.Display).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d)) ?? "the order";

}
