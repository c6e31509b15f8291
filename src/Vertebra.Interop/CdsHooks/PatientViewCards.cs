using System.Globalization;

namespace Vertebra.Interop.CdsHooks;

/// <summary>
/// patient-view: a card per red flag on the record, a warning for an acute disc herniation, and an info card per
/// department condition linking Vertebra's patient articles. Nothing relevant on the record: no cards.
/// </summary>
internal static class PatientViewCards
{
    private const int MaxArticleLinks = 4;

    public static IReadOnlyList<CdsCard> Build(RecordFindings record, CardContext context)
    {
        var cards = RecordCards.RedFlags(record,
            name => $"Red flag on record: {name}. Avoid massage, manipulation and traction until it is assessed.",
            "Manual therapy is not offered while a red flag is present (Vertebra department policy; NICE NG59 red flags).",
            context).ToList();
        if (record.AcuteHerniation is { } acute)
        {
            cards.Add(RecordCards.AcuteHerniation(acute, "Massage, manipulation and traction", context));
        }

        foreach (var id in record.DepartmentConditions)
        {
            var condition = context.Catalogue.FindCondition(id);
            if (condition is null)
            {
                continue;
            }

            var articles = context.Catalogue.ArticlesFor(id);
            var links = new List<CardLink> { new(condition.Name + " (Vertebra)", context.ConditionUrl(id)) };
            links.AddRange(articles.Take(MaxArticleLinks).Select(a => new CardLink(a.Title, context.ArticleUrl(a.Slug))));
            cards.Add(new CdsCard
            {
                Summary = articles.Count > 0
                    ? $"Patient information on {condition.Name}: {articles.Count.ToString(CultureInfo.InvariantCulture)} Vertebra article(s) to share."
                    : $"Patient information on {condition.Name} from the Vertebra spine department.",
                Detail = condition.Description + "\n\nICD-10 " + condition.Icd10 + ". Articles are written for patients (reading grade 8 or below).",
                Indicator = CardIndicator.Info,
                SourceLabel = context.Sources.Department,
                SourceUrl = context.ConditionUrl(id),
                Links = links,
            });
        }

        return cards;
    }
}
