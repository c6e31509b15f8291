using Microsoft.AspNetCore.Mvc.RazorPages;
using Vertebra.Indexing;
using Vertebra.Storage.Editorial;
using Vertebra.Web.Auth;

namespace Vertebra.Web.Pages.Editor;

public sealed class EditorIndexModel(IEditorialStore store, TimeProvider time, SearchIndexKeeper keeper) : PageModel
{
    /// <summary>Articles and pairs search could not index (everything else is indexed), so an editor can fix them.</summary>
    public IReadOnlyList<SkippedSource> NotIndexed => keeper.Skipped;

    public string DisplayName => User.DisplayName();

    public IReadOnlyList<(string Heading, string Id, IReadOnlyList<EditorialState> Items)> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var soon = today.AddDays(30);
        var all = await store.ListStatesAsync(cancellationToken);
        Sections =
        [
            ("Overdue for review", "overdue", all.Where(s => s.IsPublished && s.NextReviewDue is { } d && d < today).ToList()),
            ("Due for review within 30 days", "due", all.Where(s => s.IsPublished && s.NextReviewDue is { } d && d >= today && d <= soon).ToList()),
            ("Waiting for sign-off", "waiting", all.Where(s => s.State == EditorialStates.InReview).ToList()),
            ("Not yet clinically reviewed", "unreviewed", all.Where(s => s.IsPublished && s.SignedOffBy is null && s.State != EditorialStates.InReview).ToList()),
            ("Drafts", "drafts", all.Where(s => s.State == EditorialStates.Draft).ToList()),
            ("Published", "published", all.Where(s => s.State == EditorialStates.Published && s.SignedOffBy is not null).ToList()),
        ];
    }
}
