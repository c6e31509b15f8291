using Microsoft.AspNetCore.Mvc.RazorPages;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Pages.Editor;

public sealed class HistoryModel(IEditorialStore store) : PageModel
{
    public string Slug { get; private set; } = "";
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];

    public async Task OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Slug = slug;
        Revisions = await store.ListRevisionsAsync(slug, cancellationToken);
    }
}
