using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Web.Caching;
using Vertebra.Content.Model;
using Vertebra.Storage;

namespace Vertebra.Web.Pages.Conditions;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class ConditionIndexModel(IContentStore store, Localisation.ConditionNames names) : PageModel
{
    public IReadOnlyList<ConditionGroup> Groups { get; private set; } = [];
    public IReadOnlyList<Condition> Conditions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Groups = await names.LocalAsync(await store.ListConditionGroupsAsync(cancellationToken), cancellationToken);
        Conditions = await names.LocalAsync(await store.ListConditionsAsync(cancellationToken), cancellationToken);
    }
}
