using Hl7.Fhir.Model;

namespace Vertebra.Interop.CdsHooks;

/// <summary>
/// order-select and order-sign: for each ordered massage, spinal manipulation or traction, a critical card when the
/// record shows a red flag, a warning for an acute disc herniation, NICE NG59's advice against traction, and NICE's
/// "only with exercise" advice for massage and manipulation. Without prefetched Conditions, an info card says that
/// the record could not be checked.
/// </summary>
internal static class OrderCards
{
    public static IReadOnlyList<CdsCard> Build(IReadOnlyList<ServiceRequest> orders, RecordFindings? record, CardContext context)
    {
        var cards = new List<CdsCard>();
        var kinds = orders.Select(o => (Order: o, Kind: ManualTherapy.Recognise(o)))
            .Where(o => o.Kind is not null)
            .GroupBy(o => o.Kind!.Value)
            .Select(g => (Kind: g.Key, Text: ManualTherapy.Describe(g.First().Order)))
            .ToArray();
        if (kinds.Length == 0)
        {
            return cards;
        }

        var treatment = string.Join(" and ", kinds.Select(k => ManualTherapy.Name(k.Kind)));
        var capital = char.ToUpperInvariant(treatment[0]) + treatment[1..];
        if (record is null)
        {
            cards.Add(new CdsCard
            {
                Summary = $"Record not checked for red flags or acute disc herniation before {treatment}: no Conditions sent.",
                Detail = $"This service reads the patient's Conditions from prefetch key `{CdsHooksService.ConditionsKey}` "
                    + $"(`{CdsHooksService.ConditionsTemplate}`). It does not query FHIR servers, so without prefetch it cannot check the record. "
                    + "Check for red flags (cauda equina syndrome, cancer, infection, fracture) and a disc herniation under 2 weeks old before ordering.",
                Indicator = CardIndicator.Info,
                SourceLabel = context.Sources.Department,
                SourceUrl = context.Url("/conditions"),
                Links = [new CardLink("Red flags for spinal conditions (NHS)", context.Sources.RedFlagsUrl)],
            });
        }
        else
        {
            foreach (var group in record.RedFlags.GroupBy(f => f.Kind))
            {
                cards.Add(new CdsCard
                {
                    Summary = $"Do not order {treatment}: {RedFlagNames.Of(group.Key)} on record. Manual therapy is unsafe until assessed.",
                    Detail = "Recorded: " + string.Join("; ", group.Select(f => "**" + f.Display + "**").Distinct(StringComparer.Ordinal))
                        + ".\n\nA request for manual treatment while a red flag is present gets a critical flag (Vertebra rule manual-request-with-red-flag).",
                    Indicator = RedFlagNames.Indicator(group.Key),
                    SourceLabel = context.Sources.Department,
                    SourceUrl = context.Url("/conditions"),
                    Links = [.. (group.Key == RedFlagKind.CaudaEquina ? context.ArticleLink(context.Sources.CaudaEquinaArticle) : []),
                        new CardLink("Red flags for spinal conditions (NHS)", context.Sources.RedFlagsUrl)],
                });
            }

            if (record.AcuteHerniation is { } acute)
            {
                cards.Add(PatientViewCards.AcuteHerniationCard(acute, capital, context));
            }
        }

        foreach (var (kind, _) in kinds)
        {
            cards.Add(kind == ManualTherapyKind.Traction
                ? new CdsCard
                {
                    Summary = "NICE NG59 advises against traction for low back pain with or without sciatica.",
                    Detail = "NICE NG59 lists traction among the treatments not to offer for low back pain with or without sciatica. "
                        + "Vertebra's patient article explains both NICE's view and the department's.",
                    Indicator = CardIndicator.Info,
                    SourceLabel = context.Sources.Guideline,
                    SourceUrl = context.Sources.GuidelineUrl,
                    Links = [new CardLink("NICE NG59 recommendations", context.Sources.GuidelineUrl), .. context.ArticleLink(context.Sources.TractionArticle)],
                }
                : new CdsCard
                {
                    Summary = $"NICE NG59: consider {ManualTherapy.Name(kind)} only as part of a treatment package that includes exercise.",
                    Detail = "NICE NG59 1.2.7: consider manual therapy (spinal manipulation, mobilisation or soft tissue techniques such as massage) "
                        + "for low back pain with or without sciatica, but only as part of a treatment package including exercise.",
                    Indicator = CardIndicator.Info,
                    SourceLabel = context.Sources.Guideline,
                    SourceUrl = context.Sources.GuidelineUrl,
                    Links = [new CardLink("NICE NG59 recommendations", context.Sources.GuidelineUrl), .. context.ArticleLink(context.Sources.ExerciseArticle)],
                });
        }

        return cards;
    }
}
