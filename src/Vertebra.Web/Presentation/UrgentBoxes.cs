using Vertebra.Content.Model;
using Microsoft.Extensions.Localization;
using Vertebra.Guidance;
using Vertebra.Web.Localisation;

namespace Vertebra.Web.Presentation;

/// <summary>
/// Builds the urgent box of a page from the warning-sign data (content/guidance/warning-signs.yaml), the one truth
/// for "when to get help": an article's box lists the emergency and urgent signs its text names, a condition's box
/// the signs whose topics list the condition. Signs that can wait (soon, see a GP) stay in the article's own list.
/// </summary>
public sealed class UrgentBoxes(GuidanceEngine engine, WarningSignMarkdown markdown, string emergencyNumber, IStringLocalizer<SharedResource>? text = null)
{
    internal UrgentBox? ForArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Build(markdown.SignsIn(article.Body));
    }

    internal UrgentBox? ForCondition(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Build(GuidanceEdition.For(engine).WarningSignsForTopic(condition.Id));
    }

    internal UrgentBox? Build(IEnumerable<WarningSign> signs)
    {
        // The same signs, named in the page's language.
        var local = GuidanceEdition.For(engine);
        var groups = local.WarningSignsById(signs.Select(s => s.Id).ToList())
            .Where(s => s.Level >= WarningSignLevel.Urgent)
            .DistinctBy(s => s.Id)
            .GroupBy(s => s.Level)
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var emergency = g.Key == WarningSignLevel.Emergency;
                var action = g.First().ActionWith(emergencyNumber);
                var (before, number, after) = UrgentSignGroup.SplitAction(action, emergency ? emergencyNumber : null);
                var english = emergency ? "An emergency if you have any of these:" : "Get help today if you have any of these:";
                var heading = text is null ? english : text[english].Value;
                return new UrgentSignGroup(emergency, heading, g.Select(s => s.Name).ToList(), before, number, after);
            })
            .ToList();
        return groups.Count == 0 ? null : new UrgentBox(groups);
    }
}
