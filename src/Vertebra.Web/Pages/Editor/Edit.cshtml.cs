using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vertebra.Claims;
using Vertebra.Content;
using Vertebra.Content.Rendering;
using Vertebra.Editorial;
using Vertebra.Web.Auth;

using Vertebra.Web.Presentation;

namespace Vertebra.Web.Pages.Editor;

/// <summary>Write, preview, save, send for review, sign off, dismiss findings and publish one article.</summary>
public sealed class EditModel(EditorialService editorial, ArticleHtmlRenderer renderer, WarningSignMarkdown warningSigns) : PageModel
{
    public const string NewSlug = "new";

    public string Slug { get; private set; } = NewSlug;
    public ArticleDraft Draft { get; private set; } = new();
    public WorkingCopy? Copy { get; private set; }
    public string PreviewHtml { get; private set; } = "";
    public Readability.Score Grade { get; private set; } = new(0, 0, 0, 0);
    public IReadOnlyList<ClaimFinding> Findings { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string? Message { get; private set; }
    public bool IsNew => Slug == NewSlug;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] string? saved, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Slug = slug;
        if (!IsNew)
        {
            Copy = await editorial.LoadAsync(slug, cancellationToken);
            if (Copy is null)
            {
                return NotFound();
            }

            Draft = ArticleDraft.From(Copy.Article);
        }

        Message = saved;
        await DescribeAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, [FromForm] ArticleDraftForm form, [FromForm] string? action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        Response.Headers.CacheControl = "no-store";
        Slug = slug;
        Draft = form.ToDraft();
        if (!IsNew)
        {
            Copy = await editorial.LoadAsync(slug, cancellationToken);
            if (Copy is null)
            {
                return NotFound();
            }
        }

        if (action is "save" or "submit")
        {
            var saved = await editorial.SaveAsync(IsNew ? null : slug, Draft, User.DisplayName(), form.Note ?? "", action == "submit", cancellationToken);
            if (saved.Succeeded)
            {
                var message = action == "submit" ? "Saved and sent for review." : "Saved as a draft.";
                return Redirect($"/editor/articles/{saved.Slug}?saved={Uri.EscapeDataString(message)}");
            }

            Problems = saved.Problems;
        }

        await DescribeAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSignOffAsync(string slug, CancellationToken cancellationToken)
    {
        if (Slugs.IsReserved(slug))
        {
            return NotFound(); // "new" is the form for a new article, never an article to sign off or publish
        }

        if (!User.CanReview())
        {
            return Forbid();
        }

        return await AnswerAsync(await editorial.SignOffAsync(slug, User.DisplayName(), cancellationToken), "Signed off.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDismissAsync(string slug, [FromForm] string? category, [FromForm] string? text, [FromForm] string? reason, CancellationToken cancellationToken)
    {
        if (Slugs.IsReserved(slug))
        {
            return NotFound(); // "new" is the form for a new article, never an article to sign off or publish
        }

        if (!User.CanReview())
        {
            return Forbid();
        }

        return await AnswerAsync(await editorial.DismissAsync(slug, category ?? "", text ?? "", reason ?? "", User.DisplayName(), cancellationToken), "Finding dismissed.", cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(string slug, CancellationToken cancellationToken)
    {
        if (Slugs.IsReserved(slug))
        {
            return NotFound(); // "new" is the form for a new article, never an article to sign off or publish
        }

        if (!User.CanReview())
        {
            return Forbid();
        }

        return await AnswerAsync(await editorial.PublishAsync(slug, User.DisplayName(), cancellationToken), "Published.", cancellationToken);
    }

    /// <summary>Back to the article with a message when the step was done; the same page with the reasons when it was refused.</summary>
    private async Task<IActionResult> AnswerAsync(EditorialResult result, string done, CancellationToken cancellationToken) =>
        result.Succeeded
            ? Redirect($"/editor/articles/{result.Slug}?saved={Uri.EscapeDataString(done)}")
            : await ShowAsync(result.Slug ?? Slug, result.Problems, cancellationToken);

    private async Task<IActionResult> ShowAsync(string slug, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        Slug = slug;
        Copy = await editorial.LoadAsync(slug, cancellationToken);
        if (Copy is null)
        {
            return NotFound();
        }

        Draft = ArticleDraft.From(Copy.Article);
        Problems = problems;
        await DescribeAsync(cancellationToken);
        return Page();
    }

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        PreviewHtml = renderer.Render(warningSigns.Expand(Draft.Body));
        Grade = Readability.OfMarkdown(Draft.Body);
        Findings = await editorial.OpenFindingsAsync(IsNew ? null : Slug, Draft, cancellationToken);
    }

    /// <summary>The posted form, bound by name.</summary>
    public sealed class ArticleDraftForm
    {
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? Body { get; set; }
        public string? Topics { get; set; }
        public string? Conditions { get; set; }
        public string? References { get; set; }
        public string? Note { get; set; }

        public ArticleDraft ToDraft() => new()
        {
            Title = Title ?? "",
            Summary = Summary ?? "",
            Body = Body ?? "",
            Topics = Topics ?? "",
            Conditions = Conditions ?? "",
            References = References ?? "",
        };
    }
}
