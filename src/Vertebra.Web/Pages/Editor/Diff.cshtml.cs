using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Pages.Editor;

/// <summary>A line-by-line comparison of two revisions of the same article.</summary>
public sealed class DiffModel(IEditorialStore store) : PageModel
{
    public string Slug { get; private set; } = "";
    public long From { get; private set; }
    public long To { get; private set; }
    public IReadOnlyList<DiffPiece> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] long from, [FromQuery] long to, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var older = await store.GetRevisionAsync(from, cancellationToken);
        var newer = await store.GetRevisionAsync(to, cancellationToken);
        if (older is null || newer is null || older.Slug != slug || newer.Slug != slug)
        {
            return NotFound();
        }

        (Slug, From, To) = (slug, from, to);
        Lines = InlineDiffBuilder.Diff(older.Markdown, newer.Markdown, ignoreWhiteSpace: false).Lines;
        return Page();
    }
}
