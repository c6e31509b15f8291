using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Vertebra.Content.Model;
using Vertebra.Storage;
using Vertebra.Storage.Editorial;
using Vertebra.Web.Feedback;
using Vertebra.Web.Hosting;
using Vertebra.Web.Localisation;

namespace Vertebra.Web.Pages.Articles;

/// <summary>
/// "Is something wrong or unclear on this page?": a short form under every article. It asks for no personal
/// data, is protected against forgery (the site-wide anti-forgery filter) and rate-limited, and lands on the
/// editors' dashboard with the article and the revision the reader saw. Never output-cached: it carries a token.
/// </summary>
[EnableRateLimiting(MistakeReportLimits.Policy)]
public sealed class ArticleReportModel(IContentStore content, IEditorialStore editorial, TimeProvider time, VertebraWebOptions options) : PageModel
{
    /// <summary>The deployment's emergency number, for the line that says where to get medical help instead.</summary>
    public string EmergencyNumber => options.EmergencyNumber;

    public const int MaxLength = 1000;

    public Article? Article { get; private set; }

    public bool Sent { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Please choose whether something is wrong or unclear.")]
    [RegularExpression("^(wrong|unclear)$", ErrorMessage = "Please choose whether something is wrong or unclear.")]
    public string? Kind { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Please tell us in a few words what is wrong or unclear.")]
    [StringLength(MaxLength, MinimumLength = 5, ErrorMessage = "Please write between 5 and 1,000 characters.")]
    public string? Text { get; set; }

    /// <summary>The revision the reader saw, carried from the form so a later edit does not change what is reported.</summary>
    [BindProperty]
    public long? Revision { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, bool sent, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Sent = sent;
        Revision = await PublicRevisionAsync(slug, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Only a revision of this article is kept; anything else in the hidden field is ignored.
        long? revision = null;
        if (Revision is { } r && await editorial.GetRevisionAsync(r, cancellationToken) is { } saved && saved.Slug == slug)
        {
            revision = r;
        }

        await editorial.AddMistakeReportAsync(new MistakeReport(0, slug, Article!.Title, revision, Article.LastReviewed, Kind!, Text!.Trim(), time.GetUtcNow()), cancellationToken);
        return SiteLanguage.IsChinese ? Redirect(SiteLanguage.ToChinese($"/articles/{Uri.EscapeDataString(slug)}/report?sent=true")) : RedirectToPage(new { slug, sent = true });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await content.GetArticleAsync(slug, cancellationToken);
        if (article is not { Status: ArticleStatus.Published or ArticleStatus.DueForReview })
        {
            return false;
        }

        Article = article;
        return true;
    }

    private async Task<long?> PublicRevisionAsync(string slug, CancellationToken cancellationToken) =>
        await editorial.GetStateAsync(slug, cancellationToken) is { IsPublished: true, SignedOffRevision: { } revision } ? revision : null;
}
