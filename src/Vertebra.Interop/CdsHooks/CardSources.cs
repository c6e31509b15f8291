namespace Vertebra.Interop.CdsHooks;

/// <summary>
/// What the CDS cards cite and link to (docs/clinical-sources.md section a), as data: the content folder's
/// <c>interop/card-sources.yaml</c>, read by <see cref="InteropData"/>.
/// </summary>
/// <param name="Department">The department's name, the source of cards built from the record.</param>
/// <param name="Guideline">The guideline cards about manual therapy cite (NICE NG59).</param>
/// <param name="GuidelineUrl">Its recommendations page.</param>
/// <param name="RedFlagsUrl">The page on red flags for spinal conditions.</param>
/// <param name="CaudaEquinaArticle">The slug of the article on cauda equina warning signs.</param>
/// <param name="MassageSafetyArticle">The slug of the article on massage safety with a herniated disc.</param>
/// <param name="TractionArticle">The slug of the article on traction.</param>
/// <param name="ExerciseArticle">The slug of the article on exercise and physiotherapy.</param>
public sealed record CardSources(
    string Department,
    string Guideline,
    string GuidelineUrl,
    string RedFlagsUrl,
    string CaudaEquinaArticle,
    string MassageSafetyArticle,
    string TractionArticle,
    string ExerciseArticle);
