using Hl7.Fhir.Model;

namespace Vertebra.Interop.CdsHooks;

/// <summary>
/// order-select and order-sign: for each ordered massage, spinal manipulation or traction, a critical card when the
/// record shows a red flag, a warning for an acute disc herniation, NICE NG59's advice against traction, and NICE's
/// "only with exercise" advice for massage and manipulation. The record is always read first: without it the service
/// answers 412 (<see cref="CdsHooksService"/>).
/// </summary>
internal static class OrderCards
{
    public static IReadOnlyList<CdsCard> Build(IReadOnlyList<ServiceRequest> orders, RecordFindings record, CardContext context)
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
        cards.AddRange(RecordCards.RedFlags(record,
            name => $"Do not order {treatment}: {name} on record. Manual therapy is unsafe until assessed.",
            "A request for manual treatment while a red flag is present gets a critical flag (Vertebra rule manual-request-with-red-flag).",
            context));
        if (record.AcuteHerniation is { } acute)
        {
            cards.Add(RecordCards.AcuteHerniation(acute, capital, context));
        }

        foreach (var (kind, _) in kinds)
        {
            var (summary, detail, article) = kind == ManualTherapyKind.Traction
                ? ("NICE NG59 advises against traction for low back pain with or without sciatica.",
                   "NICE NG59 lists traction among the treatments not to offer for low back pain with or without sciatica. "
                   + "Vertebra's patient article explains both NICE's view and the department's.",
                   context.Sources.TractionArticle)
                : ($"NICE NG59: consider {ManualTherapy.Name(kind)} only as part of a treatment package that includes exercise.",
                   "NICE NG59 1.2.7: consider manual therapy (spinal manipulation, mobilisation or soft tissue techniques such as massage) "
                   + "for low back pain with or without sciatica, but only as part of a treatment package including exercise.",
                   context.Sources.ExerciseArticle);
            cards.Add(new CdsCard
            {
                Summary = summary,
                Detail = detail,
                Indicator = CardIndicator.Info,
                SourceLabel = context.Sources.Guideline,
                SourceUrl = context.Sources.GuidelineUrl,
                Links = [context.GuidelinePage, .. context.ArticleLink(article)],
            });
        }

        return cards;
    }
}
