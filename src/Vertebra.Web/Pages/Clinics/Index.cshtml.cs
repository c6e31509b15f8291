using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Vertebra.Web.Caching;
using Vertebra.Content.Model;
using Vertebra.Storage;

namespace Vertebra.Web.Pages.Clinics;

[OutputCache(PolicyName = PageCaching.ContentPolicy)]
public sealed class ClinicIndexModel(IContentStore store, Localisation.ConditionNames names) : PageModel
{
    public IReadOnlyList<Clinic> Clinics { get; private set; } = [];
    public IReadOnlyList<Condition> Conditions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Clinics = await store.ListClinicsAsync(cancellationToken);
        Conditions = await names.ConditionsAsync(cancellationToken);
    }
}
