using Microsoft.AspNetCore.Mvc.RazorPages;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Pages.Editor;

public sealed class AuditModel(IEditorialStore store) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Entries = await store.ListAuditAsync(500, cancellationToken);
    }
}
