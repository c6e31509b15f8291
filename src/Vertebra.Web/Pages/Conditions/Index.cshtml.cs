using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Web.Caching;
using Vertebra.Content.Model;

namespace Vertebra.Web.Pages.Conditions;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class ConditionIndexModel(Localisation.ConditionNames names) : PageModel
{
    public IReadOnlyList<ConditionGroup> Groups { get; private set; } = [];
    public IReadOnlyList<Condition> Conditions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Groups = await names.GroupsAsync(cancellationToken);
        Conditions = await names.ConditionsAsync(cancellationToken);
    }
}
