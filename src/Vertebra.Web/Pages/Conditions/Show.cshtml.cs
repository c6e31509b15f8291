using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Web.Caching;
using Vertebra.Content.Model;
using Vertebra.Storage;
using Vertebra.Web.Presentation;

namespace Vertebra.Web.Pages.Conditions;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class ConditionShowModel(IContentStore store, Presentation.UrgentBoxes urgentBoxes, Localisation.ConditionNames names) : PageModel
{
    public Condition? Condition { get; private set; }
    public ConditionGroup? Group { get; private set; }
    public Clinic? Clinic { get; private set; }
    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];
    public string JsonLd { get; private set; } = "";
    internal Presentation.UrgentBox? UrgentBox { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Condition = await store.GetConditionAsync(id, cancellationToken);
        if (Condition is null)
        {
            return NotFound();
        }

        UrgentBox = urgentBoxes.ForCondition(Condition);
        Condition = await names.LocalAsync(Condition, cancellationToken);
        Group = (await names.GroupsAsync(cancellationToken)).FirstOrDefault(g => g.Id == Condition.Group);
        Clinic = (await store.ListClinicsAsync(cancellationToken)).FirstOrDefault(k => k.Id == Condition.Clinic);
        Articles = ConditionArticleRanking.Rank(Condition, await store.ListConditionArticlesAsync(Localisation.SiteLanguage.Content, id, cancellationToken));
        var url = $"{Interop.InteropRequests.BaseUrl(Request)}{Localisation.SiteLanguage.Local("/conditions/" + Condition.Id)}";
        JsonLd = Presentation.JsonLd.ForCondition(Condition, url, Clinic?.Name);
        return Page();
    }
}
