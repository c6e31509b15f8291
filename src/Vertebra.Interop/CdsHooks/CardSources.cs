namespace Vertebra.Interop.CdsHooks;

/// <summary>Card sources and the fixed external links the cards use (clinical-sources.md section a).</summary>
internal static class CardSources
{
    public const string Department = "Vertebra spine department";
    public const string Nice = "NICE NG59 (low back pain and sciatica)";
    public const string NiceUrl = "https://www.nice.org.uk/guidance/ng59/chapter/Recommendations";
    public const string RedFlagsUrl = "https://g-care.glos.nhs.uk/pathway/75/resource/3";

    public const string CaudaEquinaArticle = "cauda-equina-syndrome-warning-signs";
    public const string MassageSafetyArticle = "massage-safety-with-a-herniated-disc";
    public const string TractionArticle = "traction-for-back-pain-and-sciatica";
    public const string ExerciseArticle = "exercise-and-physiotherapy-for-back-pain";
}
