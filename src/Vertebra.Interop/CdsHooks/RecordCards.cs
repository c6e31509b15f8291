using System.Globalization;

namespace Vertebra.Interop.CdsHooks;

/// <summary>
/// The cards every service gives for what the record shows, whatever was asked: one per red flag on the record, and
/// the warning for an acute disc herniation. Each service words the red-flag summary for its own question.
/// </summary>
internal static class RecordCards
{
    /// <summary>A card per red flag on the record, in the order the record names them.</summary>
    /// <param name="summary">The card's summary for the red flag's name.</param>
    /// <param name="policy">Why manual therapy is held back, after the recorded findings.</param>
    public static IEnumerable<CdsCard> RedFlags(RecordFindings record, Func<string, string> summary, string policy, CardContext context) =>
        record.RedFlags.GroupBy(f => f.Kind).Select(group => new CdsCard
        {
            Summary = summary(RedFlagNames.Of(group.Key)),
            Detail = CardContext.Recorded(group) + ".\n\n" + policy,
            Indicator = RedFlagNames.Indicator(group.Key),
            SourceLabel = context.Sources.Department,
            SourceUrl = context.Url("/conditions"),
            Links = context.RedFlagLinks(group.Key),
        });

    public static CdsCard AcuteHerniation(HerniationFinding acute, string what, CardContext context)
    {
        var days = acute.OnsetDays!.Value.ToString(CultureInfo.InvariantCulture);
        return new CdsCard
        {
            Summary = $"Acute disc herniation (started {days} days ago): {what.ToLowerInvariant()} not advised in the first 2 weeks.",
            Detail = $"Recorded: **{acute.Display}**. In the acute stage (under 14 days with severe pain or nerve-root signs) "
                + "the department does not offer massage or other manual therapy; after it, only as part of an exercise package (NICE NG59 1.2.7).",
            Indicator = CardIndicator.Warning,
            SourceLabel = context.Sources.Department,
            SourceUrl = context.ConditionUrl(acute.ConditionId),
            Links = [.. context.ArticleLink(context.Sources.MassageSafetyArticle), context.GuidelinePage],
        };
    }
}
